#[derive(vouch::Builder)]
#[builder(start_fn(nme = new))]
struct Config {
    port: u16,
}

fn main() {}
