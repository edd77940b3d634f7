// `#[cfg]` on an argument: not supported yet.
#[vouch::builder]
fn pick(
    #[cfg(all())] value: u8,
    #[cfg(not(all()))] value: u16,
) -> u8 {
    value
}

fn main() {}
