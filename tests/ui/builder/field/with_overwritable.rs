// `field` makes a private field of the builder: `overwritable` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, overwritable)]
    port: u32,
}

fn main() {}
