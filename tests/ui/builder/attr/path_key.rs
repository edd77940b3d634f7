#[derive(vouch::Builder)]
struct Config {
    #[builder(a::b)]
    port: u16,
}

fn main() {}
