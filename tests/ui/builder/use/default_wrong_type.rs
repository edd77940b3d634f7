#[derive(vouch::Builder)]
struct Config {
    #[builder(default = "eighty")]
    port: u16,
}

fn main() {}
