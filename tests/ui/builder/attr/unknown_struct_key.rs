#[derive(vouch::Builder)]
#[builder(start_function = new)]
struct Config {
    port: u16,
}

fn main() {}
