// `#[vouch::builder]` on a struct instead of `derive(vouch::Builder)`.
#[vouch::builder]
struct Config {
    port: u16,
}

fn main() {}
