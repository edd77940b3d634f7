// `#[vouch::builder]` is for functions; structs derive the builder.
#[vouch::builder]
struct Config {
    port: u16,
}

fn main() {}
