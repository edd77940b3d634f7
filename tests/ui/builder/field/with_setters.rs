// `field` makes a private field of the builder: `setters` does not apply to it.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field, setters(name = set_port))]
    port: u32,
}

fn main() {}
