#[derive(vouch::Builder)]
#[builder(on(String))]
struct Config {
    host: String,
}

fn main() {}
