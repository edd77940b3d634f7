// An option error on a function whose arguments have `#[cfg]`s.
#[vouch::builder]
fn pick(#[cfg(not(any()))] value: u8, #[builder(defualt)] other: u8) -> u8 {
    value + other
}

fn main() {}
