// bon's `const` option, a keyword: named in the message, not a parse error.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    port: u16,
}

fn main() {}
