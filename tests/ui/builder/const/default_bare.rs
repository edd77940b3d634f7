// `default` without a value is `Default::default()`, which a `const fn`
// cannot call.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(default)]
    port: u16,
}

fn main() {}
