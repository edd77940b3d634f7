// The setter runs a `with` closure's body: `async` and `move` mean nothing.
#[derive(vouch::Builder)]
struct Config {
    #[builder(with = async |port: u16| port)]
    port: u16,
    #[builder(with = move |x: u32| x)]
    count: u32,
}

fn main() {}
