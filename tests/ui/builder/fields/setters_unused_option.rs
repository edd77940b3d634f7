// `setters(name = ..)` is used by no setter when `some_fn` and `option_fn`
// both name theirs.
#[derive(vouch::Builder)]
struct Config {
    #[builder(setters(name = port_setter, some_fn = port, option_fn = maybe_port))]
    port: Option<u16>,
}

fn main() {}
