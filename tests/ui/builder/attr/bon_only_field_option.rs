// bon's `transparent` option: named as bon's in the message.
#[derive(vouch::Builder)]
struct Config {
    #[builder(transparent)]
    host: String,
}

fn main() {}
