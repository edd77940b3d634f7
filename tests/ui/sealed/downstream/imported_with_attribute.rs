// Another crate imports a sealed trait and puts `#[vouch::sealed]` on its
// impl: the seal of a dependency cannot be found (nor implemented).
use vouch_sealed_fixture::Shape;

struct Hexagon;

#[vouch::sealed]
impl Shape for Hexagon {
    fn area(&self) -> f64 {
        6.0
    }
}

fn main() {}
