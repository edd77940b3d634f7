// `field` makes a private field of the builder: `into` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, into)]
    port: u32,
}

fn main() {}
