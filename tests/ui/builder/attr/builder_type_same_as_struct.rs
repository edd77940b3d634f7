#[derive(vouch::Builder)]
#[builder(builder_type = Config)]
struct Config {
    port: u16,
}

fn main() {}
