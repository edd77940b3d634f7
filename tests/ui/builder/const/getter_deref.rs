// `getter(deref)` calls `Deref::deref()`, which a `const fn` cannot.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(getter(deref))]
    name: &'static str,
}

fn main() {}
