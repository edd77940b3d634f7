// An `on(..)` rule's `into` and `default`: each reported once, at the
// rule, however many fields it matches.
#[derive(vouch::Builder)]
#[builder(const, on(u16, into, default))]
struct Config {
    port: u16,
    backup_port: u16,
}

fn main() {}
