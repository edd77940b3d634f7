#[derive(vouch::Builder)]
struct Config {
    #[builder(skip, overwritable)]
    port: u16,
}

fn main() {}
