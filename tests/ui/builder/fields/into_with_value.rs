#[derive(vouch::Builder)]
struct Config {
    #[builder(into = true)]
    host: String,
}

fn main() {}
