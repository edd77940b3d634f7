#[derive(vouch::Builder)]
struct Config {
    #[builder(skip, into)]
    host: String,
}

fn main() {}
