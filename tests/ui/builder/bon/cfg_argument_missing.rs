// A missing argument of a method whose arguments have `#[cfg]`s: the one
// under a false `#[cfg]` is gone, the one under a true one is required.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[builder]
    fn add(&self, #[cfg(not(any()))] value: u8, #[cfg(any())] gone: u8, other: u8) -> u8 {
        self.0 + value + other
    }
}

fn main() {
    let _ = Counter(1).add().other(1).call();
}
