// `const` given twice.
#[derive(vouch::Builder)]
#[builder(const)]
#[builder(const)]
struct Config {
    port: u16,
}

fn main() {}
