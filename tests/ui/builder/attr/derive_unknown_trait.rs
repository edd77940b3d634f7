#[derive(vouch::Builder)]
#[builder(derive(Clone, PartialEq))]
struct Config {
    port: u16,
}

fn main() {}
