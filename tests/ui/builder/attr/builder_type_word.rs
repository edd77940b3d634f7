#[derive(vouch::Builder)]
#[builder(builder_type)]
struct Config {
    port: u16,
}

fn main() {}
