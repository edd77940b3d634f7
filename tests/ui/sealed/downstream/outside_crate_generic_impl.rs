// Another crate implements a sealed generic trait with its own argument.
use vouch_sealed_fixture::Measure;

struct Meters;
struct Rope;

impl Measure<Meters> for Rope {
    fn measure(&self) -> Meters {
        Meters
    }
}

fn main() {}
