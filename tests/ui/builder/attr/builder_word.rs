#[derive(vouch::Builder)]
struct Config {
    #[builder]
    port: u16,
}

fn main() {}
