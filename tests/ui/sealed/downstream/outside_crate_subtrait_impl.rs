// Another crate implements a sealed sub-trait for a type that already
// implements the sealed super-trait.
use vouch_sealed_fixture::{Polygon, Square};

struct Wrapper(Square);

impl vouch_sealed_fixture::Shape for Wrapper {
    fn area(&self) -> f64 {
        1.0
    }
}

impl Polygon for Wrapper {
    fn corners(&self) -> u32 {
        4
    }
}

fn main() {}
