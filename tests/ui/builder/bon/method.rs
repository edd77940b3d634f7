// A required argument of a method's builder is not set.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[builder]
    fn add(&self, more: u8, #[builder(default)] times: u8) -> u8 {
        self.0 + more * times
    }
}

fn main() {
    let _ = Counter(1).add().times(2).call();
}
