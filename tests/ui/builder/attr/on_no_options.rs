// `on(Type,)` applies nothing.
#[derive(vouch::Builder)]
#[builder(on(String,))]
struct Config {
    name: String,
}

fn main() {}
