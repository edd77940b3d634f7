#[derive(vouch::Builder)]
struct Config {
    #[builder(getter)]
    host: String,
}

fn main() {}
