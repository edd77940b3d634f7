// `field` makes a private field of the builder: `required` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, required)]
    port: Option<u32>,
}

fn main() {}
