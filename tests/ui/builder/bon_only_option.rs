#[derive(vouch::Builder)]
#[builder(on(String, into))]
struct Config {
    host: String,
}

fn main() {}
