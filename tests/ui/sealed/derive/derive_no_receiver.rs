// A method without `self` and without a default cannot be forwarded.
#[vouch::sealed]
pub trait Shape {
    fn unit() -> f64;
}

pub struct Square;
#[vouch::sealed]
impl Shape for Square {
    fn unit() -> f64 {
        1.0
    }
}

#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub enum AnyShape {
    Square(Square),
}

fn main() {}
