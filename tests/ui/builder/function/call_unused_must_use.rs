#![deny(unused_must_use)]
// A `#[must_use]` function's result dropped from `call()`: `call()` is
// where the function runs now, so it carries the attribute, also under
// `cfg_attr`.

#[vouch::builder]
#[must_use = "the sum is the point"]
fn sum(a: u32, b: u32) -> u32 {
    a + b
}

#[vouch::builder]
#[cfg_attr(all(), must_use)]
fn product(a: u32, b: u32) -> u32 {
    a * b
}

fn main() {
    sum().a(1).b(2).call();
    product().a(1).b(2).call();
}
