#[derive(vouch::Builder)]
struct Config {
    port: u16,
}

fn main() {
    let builder = Config::builder().port(1);
    let _ = builder.clone();
}
