#[vouch::sealed]
pub trait Shape {}

pub struct Square;
#[vouch::sealed]
impl Shape for Square {}

#[derive(vouch::Sealed)]
pub enum AnyShape {
    Square(Square),
}

fn main() {}
