// `field` makes a private field of the builder: `start_fn` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, start_fn)]
    port: u32,
}

fn main() {}
