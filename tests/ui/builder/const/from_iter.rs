// `with = FromIterator::from_iter` calls a trait method, which a `const fn`
// cannot.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(with = FromIterator::from_iter)]
    ports: Vec<u16>,
}

fn main() {}
