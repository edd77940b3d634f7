// `with = FromIterator::from_iter` on a member that collects nothing.
#[derive(vouch::Builder)]
struct Config {
    #[builder(with = FromIterator::from_iter)]
    port: Option<u16>,
}

fn main() {}
