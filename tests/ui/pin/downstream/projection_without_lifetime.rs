// Another crate stores a named projection without its lifetime.
use vouch_fixture::pin::PairProj;

struct Holder {
    projection: PairProj<u8>,
}

fn main() {}
