#[derive(vouch::Builder)]
struct Config {
    #[builder(default)]
    port: Option<u16>,
}

fn main() {}
