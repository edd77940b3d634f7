// A return type on a `with` closure makes the setter fallible: a `Result`.
#[derive(vouch::Builder)]
struct Config {
    #[builder(with = |port: u16| -> u16 { port + 1 })]
    port: u16,
}

fn main() {}
