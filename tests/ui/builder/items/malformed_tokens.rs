#[derive(vouch::Builder)]
struct Config {
    #[builder(default = )]
    port: u16,
}

fn main() {}
