#[derive(vouch::Builder)]
#[builder(generics(setters = "with_{}"))]
struct Config {
    host: String,
}

fn main() {}
