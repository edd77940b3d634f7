// `const` on the builder of a function that is not a `const fn`: `call()`
// would call it from a `const fn`.
#[vouch::builder(const)]
fn sum(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {}
