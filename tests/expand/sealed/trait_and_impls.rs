use vouch::sealed;

/// A plane figure.
#[sealed]
pub trait Shape {
    fn area(&self) -> f64;

    fn name(&self) -> &'static str {
        "shape"
    }
}

/// A sealed sub-trait.
#[sealed(pub(crate), erase)]
pub trait Polygon: Shape {
    fn corners(&self) -> u32;
}

pub struct Square(f64);

#[sealed]
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

#[sealed]
impl Polygon for Square {
    fn corners(&self) -> u32 {
        4
    }
}

fn main() {}
