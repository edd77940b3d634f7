#[derive(vouch::Builder)]
struct Config {
    host: String,
    port: u16,
    timeout: Option<u32>,
    #[builder(default)]
    retries: u8,
}

fn main() {
    let _ = Config::builder().retries(3).build();
}
