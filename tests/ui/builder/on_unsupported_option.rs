#[derive(vouch::Builder)]
#[builder(on(String, into, overwritable))]
struct Config {
    host: String,
}

fn main() {}
