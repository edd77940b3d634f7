#[derive(vouch::Builder)]
struct Config {
    #[builder(default)]
    retries: u8,
}

fn main() {
    let _ = Config::builder().retries(1).retries(2).build();
}
