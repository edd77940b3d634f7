#[derive(vouch::Builder)]
struct Config {
    port: u16,
    #[builder(skip = self.port)]
    copy: u16,
}

fn main() {}
