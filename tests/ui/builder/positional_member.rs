// bon's positional members (`start_fn` on a field): not supported.
#[derive(vouch::Builder)]
struct Config {
    #[builder(start_fn)]
    port: u16,
}

fn main() {}
