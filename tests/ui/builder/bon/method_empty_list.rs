// `#[builder()]` on a method holds no option.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[builder()]
    fn add(&self, more: u8) -> u8 {
        self.0 + more
    }
}

fn main() {}
