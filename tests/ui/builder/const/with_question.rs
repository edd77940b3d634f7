// A `with` closure's body is written into the `const fn` setter as it is:
// `?` would return from the setter.
const fn checked(value: u16) -> Result<u16, ()> {
    if value == 0 { Err(()) } else { Ok(value) }
}

#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(with = |port: u16| -> Result<_, ()> { Ok(checked(port)? + 1) })]
    port: u16,
}

fn main() {}
