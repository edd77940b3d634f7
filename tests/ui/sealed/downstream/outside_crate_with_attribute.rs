// Another crate puts `#[vouch::sealed]` on its impl: the seal module of a
// dependency is private to it.
struct Hexagon;

#[vouch::sealed]
impl vouch_sealed_fixture::Shape for Hexagon {
    fn area(&self) -> f64 {
        6.0
    }
}

fn main() {}
