#[derive(vouch::Builder)]
struct Config {
    #[builder(frobnicate)]
    port: u16,
}

fn main() {}
