#[derive(vouch::Builder)]
struct Config {
    #[builder(default(3))]
    port: u16,
}

fn main() {}
