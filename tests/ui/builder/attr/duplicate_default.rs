#[derive(vouch::Builder)]
struct Config {
    #[builder(default, default = 3)]
    port: u16,
}

fn main() {}
