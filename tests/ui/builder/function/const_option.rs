// bon's `const` on a function builder: named, at the keyword, not a parse
// error.
#[vouch::builder(const)]
const fn sum(a: u8, b: u8) -> u8 {
    a + b
}

struct Counter;

#[vouch::bon]
impl Counter {
    #[builder(const)]
    const fn new(start: u8) -> Self {
        let _ = start;
        Self
    }
}

fn main() {}
