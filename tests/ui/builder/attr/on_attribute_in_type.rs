// An attribute inside an `on(..)` type takes no part in matching.
#[derive(vouch::Builder)]
#[builder(on(fn(#[allow(unused)] u32), into))]
struct Config {
    callback: fn(u32),
}

fn main() {}
