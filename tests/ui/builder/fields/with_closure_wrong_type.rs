// A `with` closure whose body makes another type than the member's:
// reported in the body.
#[derive(vouch::Builder)]
struct Config {
    #[builder(with = |port: &str| -> Result<_, std::num::ParseIntError> { Ok(port) })]
    port: u16,
    #[builder(with = |host: impl Into<String>| host)]
    host: String,
}

fn main() {}
