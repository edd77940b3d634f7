// A `field` member may not start with two underscores (bon's rule).
#[derive(vouch::Builder)]
struct Config {
    #[builder(field)]
    __cache: u32,
}

fn main() {}
