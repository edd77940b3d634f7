#[derive(vouch::Builder)]
#[builder(into)]
struct Config {
    host: String,
}

fn main() {}
