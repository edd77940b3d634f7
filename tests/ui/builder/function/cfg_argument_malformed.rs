// A `#[cfg]` with no predicate on an argument: rustc reports it, and the
// builder adds no second error.
#[vouch::builder]
fn pick(#[cfg] value: u8, other: u8) -> u8 {
    value + other
}

fn main() {}
