// `derive()` names no trait.
#[derive(vouch::Builder)]
#[builder(derive())]
struct Config {
    port: u16,
}

fn main() {}
