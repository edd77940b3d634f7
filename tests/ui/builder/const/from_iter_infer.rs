// `with = <_>::from_iter`, the other spelling, refused the same way.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(with = <_>::from_iter)]
    ports: Vec<u16>,
}

fn main() {}
