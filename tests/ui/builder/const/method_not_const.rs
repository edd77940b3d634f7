// `const` on the builder of a method that is not a `const fn`.
struct Counter;

#[vouch::bon]
impl Counter {
    #[builder(const)]
    fn add(&self, more: u8) -> u8 {
        more
    }
}

fn main() {}
