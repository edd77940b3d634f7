#[derive(vouch::Builder)]
#[builder(on(String, into, transparent))]
struct Config {
    host: String,
}

fn main() {}
