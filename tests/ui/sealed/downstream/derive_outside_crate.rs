// Another crate cannot close a hierarchy it does not own.
use vouch_sealed_fixture::Square;

#[derive(vouch::Sealed)]
#[sealed(vouch_sealed_fixture::Shape)]
pub enum AnyShape {
    Square(Square),
}

fn main() {}
