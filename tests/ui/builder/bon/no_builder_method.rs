// An impl block without a `#[builder]` method gets nothing from `#[vouch::bon]`.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    fn get(&self) -> u8 {
        self.0
    }
}

fn main() {}
