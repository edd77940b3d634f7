// `field` makes a private field of the builder: `with` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, with = |x: u32| x)]
    port: u32,
}

fn main() {}
