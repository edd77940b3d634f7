#[vouch::sealed]
pub trait Shape {}

pub struct Square;
#[vouch::sealed]
impl Shape for Square {}

#[derive(vouch::Sealed)]
#[sealed(Shape, 42, crate = 7)]
pub enum AnyShape {
    Square(Square),
}

fn main() {}
