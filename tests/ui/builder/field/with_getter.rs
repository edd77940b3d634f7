// `field` makes a private field of the builder: `getter` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, getter)]
    port: u32,
}

fn main() {}
