// A method (with `self`) cannot have a builder yet.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[builder]
    fn add(&self, #[builder(default)] more: u8) -> u8 {
        self.0 + more
    }
}

fn main() {
    let _ = Counter(1).add(2);
}
