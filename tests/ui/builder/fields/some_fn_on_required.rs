// `some_fn` / `option_fn` name the setters of a member that may stay unset.
#[derive(vouch::Builder)]
struct Config {
    #[builder(setters(some_fn = port_some))]
    port: u16,
}

fn main() {}
