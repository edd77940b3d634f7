#[derive(vouch::Builder)]
struct Config {
    #[builder(finish_fn = done)]
    port: u16,
}

fn main() {}
