#[derive(vouch::Builder)]
struct Config {
    port: Option<u16>,
}

fn main() {
    let _ = Config::builder().port(1).maybe_port(None).build();
}
