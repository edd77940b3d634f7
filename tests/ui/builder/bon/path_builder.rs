// In a `#[vouch::bon]` block a method's builder is asked for with a bare
// `#[builder]`, not `#[vouch::builder]`.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[vouch::builder]
    fn add(&self, more: u8) -> u8 {
        self.0 + more
    }
}

fn main() {}
