// bon's `field` option: named as bon's in the message.
#[derive(vouch::Builder)]
struct Config {
    #[builder(field)]
    host: String,
}

fn main() {}
