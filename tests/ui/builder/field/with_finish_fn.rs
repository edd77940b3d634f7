// `field` makes a private field of the builder: `finish_fn` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, finish_fn)]
    port: u32,
}

fn main() {}
