// A macro in an expression of a `const` builder: the builder cannot see
// what it expands to.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(skip = { let port = 80; assert!(port > 0); port })]
    port: u16,
}

fn main() {}
