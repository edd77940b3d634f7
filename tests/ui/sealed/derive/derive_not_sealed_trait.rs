// The trait named in `#[sealed(..)]` was not sealed with `#[vouch::sealed]`.
pub trait Shape {}

pub struct Square;
impl Shape for Square {}

#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub enum AnyShape {
    Square(Square),
}

fn main() {}
