// `#[cfg]` on an argument of a method builder: not supported yet.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[builder]
    fn add(&self, #[cfg(not(any()))] value: u8) -> u8 {
        self.0 + value
    }
}

fn main() {}
