#[derive(vouch::Builder)]
struct Config {
    #[builder(skip, default = 3)]
    port: u16,
}

fn main() {}
