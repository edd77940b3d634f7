// An impl inside the defining crate without `#[vouch::sealed]`.
#[vouch::sealed]
pub trait Shape {
    fn area(&self) -> f64;
}

pub struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {}
