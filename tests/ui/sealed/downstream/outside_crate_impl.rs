// Another crate implements a sealed trait of its dependency.
use vouch_sealed_fixture::Shape;

struct Hexagon;

impl Shape for Hexagon {
    fn area(&self) -> f64 {
        6.0
    }
}

fn main() {}
