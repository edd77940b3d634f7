// `Self` is another type in each variant.
#[vouch::sealed]
pub trait Shape {
    fn doubled(&self) -> Self;
}

#[derive(Clone)]
pub struct Square;
#[vouch::sealed]
impl Shape for Square {
    fn doubled(&self) -> Self {
        Square
    }
}

#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub enum AnyShape {
    Square(Square),
}

fn main() {}
