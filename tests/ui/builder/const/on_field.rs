// `const` is an option of the whole builder, not of one field.
#[derive(vouch::Builder)]
struct Config {
    #[builder(const)]
    port: u16,
}

fn main() {}
