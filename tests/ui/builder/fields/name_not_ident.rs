#[derive(vouch::Builder)]
struct Config {
    #[builder(name = 3)]
    port: u16,
}

fn main() {}
