#[derive(vouch::Builder)]
#[builder(crate = ::not_vouch)]
struct Config {
    port: u16,
}

fn main() {}
