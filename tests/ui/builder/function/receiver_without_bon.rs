// A method builder needs `#[vouch::bon]` on its impl block.
struct Counter(u32);

impl Counter {
    #[vouch::builder]
    fn add(&self, amount: u32) -> u32 {
        self.0 + amount
    }
}

fn main() {}
