// A getter needs a slot to read, and returns one way.
#[derive(vouch::Builder)]
struct Config {
    #[builder(skip, getter)]
    cache: u8,
    #[builder(getter(copy, clone))]
    port: u16,
    #[builder(getter(deref(str), name))]
    host: String,
}

fn main() {}
