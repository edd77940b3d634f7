#[derive(vouch::Builder)]
#[builder(builder_type(name = Make, doc { #[inline] }))]
struct Config {
    port: u16,
}

fn main() {}
