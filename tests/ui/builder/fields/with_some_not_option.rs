// `with = Some` on a member that is not an `Option`.
#[derive(vouch::Builder)]
struct Config {
    #[builder(with = Some)]
    port: u16,
}

fn main() {}
