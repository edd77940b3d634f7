#[derive(vouch::Builder)]
struct Config {
    #[builder(skip)]
    cache: u8,
}

fn main() {
    let _ = Config::builder().cache(1).build();
}
