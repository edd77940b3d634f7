// `#[builder()]` and `start_fn()` hold no option: they are refused, not ignored.
#[derive(vouch::Builder)]
#[builder(start_fn())]
struct Config {
    #[builder()]
    port: u16,
}

fn main() {}
