#[derive(vouch::Builder)]
struct Config {
    #[builder(default = port + 1)]
    admin_port: u16,
    port: u16,
}

fn main() {}
