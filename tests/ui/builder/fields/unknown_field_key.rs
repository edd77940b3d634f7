#[derive(vouch::Builder)]
struct Config {
    #[builder(defualt)]
    port: u16,
}

fn main() {}
