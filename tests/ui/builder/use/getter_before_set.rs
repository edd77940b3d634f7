// A getter reads its member once it is set.
#[derive(vouch::Builder)]
struct Config {
    #[builder(getter)]
    port: u16,
}

fn main() {
    let builder = Config::builder();
    let _ = builder.get_port();
}
