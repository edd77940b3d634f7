#![deny(unused_must_use)]

#[derive(vouch::Builder)]
struct Config {
    port: u16,
}

fn main() {
    Config::builder().port(1);
}
