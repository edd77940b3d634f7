#[derive(vouch::Builder)]
struct Config {
    #[builder(into)]
    host: String,
}

fn main() {
    let _ = Config::builder().host(80_u16).build();
}
