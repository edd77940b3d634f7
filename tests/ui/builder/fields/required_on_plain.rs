#[derive(vouch::Builder)]
struct Config {
    #[builder(required)]
    port: u16,
}

fn main() {}
