// A `default` expression is written into the `const fn build()` as it is:
// `return` would leave `build()`.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(default = return 1)]
    port: u16,
}

fn main() {}
