// `field` makes a private field of the builder: `default` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, default)]
    port: u32,
}

fn main() {}
