#[derive(vouch::Builder)]
struct Config {
    port: u16,
    #[builder(name = port)]
    other_port: u16,
}

fn main() {}
