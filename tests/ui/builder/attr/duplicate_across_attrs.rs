#[derive(vouch::Builder)]
struct Config {
    #[builder(into)]
    #[builder(into)]
    host: String,
}

fn main() {}
