#[derive(vouch::Builder)]
struct Config {
    port: u16,
}

fn main() {
    let _ = Config::builder().port(1).port(2).build();
}
