// `into` on a field that an `on(..)` rule already converts.
#[derive(vouch::Builder)]
#[builder(on(String, into))]
struct Config {
    #[builder(into)]
    name: String,
}

fn main() {}
