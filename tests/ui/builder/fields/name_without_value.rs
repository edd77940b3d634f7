#[derive(vouch::Builder)]
struct Config {
    #[builder(name)]
    port: u16,
}

fn main() {}
