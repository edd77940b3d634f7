// The options of a key go in parentheses, doc comments in braces.
#[derive(vouch::Builder)]
#[builder(builder_type{name = Making}, finish_fn(name = done, doc()))]
struct Config {
    #[builder(setters[name = set_port])]
    port: u16,
}

fn main() {}
