#[derive(vouch::Builder)]
struct Config {
    #[builder(required, default = Some(1))]
    port: Option<u16>,
}

fn main() {}
