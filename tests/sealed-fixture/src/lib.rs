//! Sealed traits of a dependency: the sealed UI cases are other crates, and
//! implementing these traits there must fail with vouch's message.

use vouch::sealed;

/// A plane figure. Only this crate implements it.
#[sealed]
pub trait Shape {
    /// The area of the figure.
    fn area(&self) -> f64;
}

/// A figure with straight sides: a sealed sub-trait of [`Shape`].
#[sealed]
pub trait Polygon: Shape {
    /// The number of corners.
    fn corners(&self) -> u32;
}

/// A sealed generic trait.
#[sealed]
pub trait Measure<T> {
    /// The measure of `self` in unit `T`.
    fn measure(&self) -> T;
}

/// A square of the given side.
pub struct Square(pub f64);

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

#[sealed]
impl<T: Shape> Measure<f64> for T {
    fn measure(&self) -> f64 {
        self.area()
    }
}
