#[derive(vouch::Builder)]
#[builder(on(_, required))]
struct Config {
    host: Option<String>,
}

fn main() {
    let _ = Config::builder().build();
}
