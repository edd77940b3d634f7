#[derive(vouch::Builder)]
struct Config {
    #[builder(overwritable)]
    host: String,
}

fn main() {}
