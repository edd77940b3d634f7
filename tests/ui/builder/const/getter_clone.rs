// `getter(clone)` calls `Clone::clone()`, which a `const fn` cannot.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(getter(clone))]
    port: u16,
}

fn main() {}
