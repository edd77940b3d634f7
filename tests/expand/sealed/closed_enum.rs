use vouch::sealed;

#[sealed]
pub trait Shape {
    fn area(&self) -> f64;
    fn scale(&mut self, factor: f64);
}

pub struct Square(f64);
pub struct Circle(f64);

#[sealed]
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn scale(&mut self, factor: f64) {
        self.0 *= factor;
    }
}

#[sealed]
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn scale(&mut self, factor: f64) {
        self.0 *= factor;
    }
}

#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub enum AnyShape {
    Square(Square),
    Circle(Circle),
}

fn main() {}
