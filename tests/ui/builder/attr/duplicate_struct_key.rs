#[derive(vouch::Builder)]
#[builder(start_fn = new, start_fn = make)]
struct Config {
    port: u16,
}

fn main() {}
