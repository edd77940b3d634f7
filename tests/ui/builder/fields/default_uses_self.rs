#[derive(vouch::Builder)]
struct Config {
    port: u16,
    #[builder(default = self.port + 1)]
    admin_port: u16,
}

fn main() {}
