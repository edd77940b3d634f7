// `const` goes on each method's `#[builder(..)]`, not on the impl block.
struct Counter;

#[vouch::bon(const)]
impl Counter {
    #[builder]
    const fn add(more: u8) -> u8 {
        more
    }
}

fn main() {}
