// bon's `derive(Clone(bounds(..)))`: bounds are not supported yet.
#[derive(vouch::Builder)]
#[builder(derive(Clone(bounds(u16: Clone))))]
struct Config {
    port: u16,
}

fn main() {}
