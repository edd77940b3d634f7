// `getter(copy)` on a member whose type is not `Copy`: reported at the type.
#[derive(vouch::Builder)]
struct Config {
    #[builder(getter(copy))]
    host: String,
    #[builder(getter(copy))]
    alias: Option<String>,
}

fn main() {}
