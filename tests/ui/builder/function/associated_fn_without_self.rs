// An associated function whose signature does not say `Self`: the
// attribute cannot tell it is in an `impl` block, and rustc refuses the
// builder's items there. (A known limit: bon's `#[bon] impl` has no
// equivalent yet.)
struct Counter;

impl Counter {
    #[vouch::builder]
    fn start(value: u8) -> u8 {
        value
    }
}

fn main() {}
