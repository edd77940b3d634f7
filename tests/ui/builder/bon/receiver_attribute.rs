// `self` is no member: `#[builder]` on it is refused.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[builder]
    fn add(#[builder] &self, more: u8) -> u8 {
        self.0 + more
    }
}

fn main() {}
