// A missing argument of a function whose arguments have `#[cfg]`s.
#[vouch::builder]
fn pick(#[cfg(not(any()))] value: u8, #[cfg(any())] gone: u8, other: u8) -> u8 {
    value + other
}

fn main() {
    let _ = pick().other(1).call();
}
