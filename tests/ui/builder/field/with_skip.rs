// `field` makes a private field of the builder: `skip` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, skip)]
    port: u32,
}

fn main() {}
