#[derive(vouch::Builder)]
struct Config {
    #[builder(setters(nam = set_port))]
    port: u16,
}

fn main() {}
