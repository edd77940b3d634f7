#[derive(vouch::Builder)]
struct Config {
    #[builder(skip, name = set_port)]
    port: u16,
}

fn main() {}
