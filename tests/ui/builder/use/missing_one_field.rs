#[derive(vouch::Builder)]
struct Config {
    host: String,
    port: u16,
}

fn main() {
    let _ = Config::builder().host(String::new()).build();
}
