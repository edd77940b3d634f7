#[vouch::sealed]
pub trait Shape {}

pub struct Square;
#[vouch::sealed]
impl Shape for Square {}

#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub enum AnyShape {
    Square(Square, u8),
}

fn main() {}
