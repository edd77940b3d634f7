// `#[must_use]` twice: the builder would carry both.
#[vouch::builder]
#[must_use]
#[must_use]
fn make(port: u16) -> u16 {
    port
}

fn main() {}
