#[derive(vouch::Builder)]
#[builder(crate = 1 + 2)]
struct Config {
    port: u16,
}

fn main() {}
