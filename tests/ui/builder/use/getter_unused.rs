#![deny(unused_must_use)]
// A getter's value dropped: the call does nothing else.

#[derive(vouch::Builder)]
struct Config {
    #[builder(getter)]
    port: u16,
}

fn main() {
    let builder = Config::builder().port(1);
    builder.get_port();
    let _ = builder.build();
}
