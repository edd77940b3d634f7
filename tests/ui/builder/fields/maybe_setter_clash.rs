#[derive(vouch::Builder)]
struct Config {
    port: Option<u16>,
    maybe_port: u16,
}

fn main() {}
