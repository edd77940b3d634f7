// A variant whose type does not implement the sealed trait.
#[vouch::sealed]
pub trait Shape {
    fn area(&self) -> f64;
}

pub struct Square;
#[vouch::sealed]
impl Shape for Square {
    fn area(&self) -> f64 {
        1.0
    }
}

pub struct Cloud;

#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub enum AnyShape {
    Square(Square),
    Cloud(Cloud),
}

fn main() {}
