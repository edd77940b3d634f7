//! The sealed capability under strict lints.
//!
//! This crate is `#![no_implicit_prelude]`, where rustc cannot resolve the
//! `diagnostic::` attribute namespace: its sealed traits say
//! `no_implicit_prelude` and go without the custom error message.

/// A plane figure. Only this crate implements it.
#[::vouch::sealed(no_implicit_prelude)]
pub trait Shape {
    /// The area of the figure.
    fn area(&self) -> f64;

    /// A short name; `"shape"` unless the figure says otherwise.
    fn name(&self) -> &'static str {
        "shape"
    }

    /// Scales the figure in place.
    fn scale(&mut self, factor: f64);

    /// The figure's area, consuming it.
    fn into_area(self) -> f64
    where
        Self: ::core::marker::Sized,
    {
        self.area()
    }
}

/// A figure with straight sides: a sealed sub-trait of [`Shape`].
#[::vouch::sealed(no_implicit_prelude)]
pub trait Polygon: Shape {
    /// How many corners the polygon has.
    const CORNERS_KNOWN: bool = true;

    /// The number of corners.
    fn corners(&self) -> u32;
}

/// A conversion only this crate provides: a generic sealed trait, with the
/// arguments of the `sealed` crate.
#[::vouch::sealed(no_implicit_prelude, pub(crate), erase)]
pub trait Measure<T> {
    /// The measure of `self` in unit `T`.
    fn measure(&self) -> T;
}

/// A sealed trait over a const generic and a lifetime.
#[::vouch::sealed(no_implicit_prelude)]
pub trait Window<'items, const N: usize> {
    /// The first `N` items.
    fn window(&self) -> &'items [u8];
}

/// A square of the given side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Square(pub f64);

/// A right triangle of the given legs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Triangle(pub f64, pub f64);

#[::vouch::sealed]
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }

    fn name(&self) -> &'static str {
        "square"
    }

    fn scale(&mut self, factor: f64) {
        self.0 *= factor;
    }
}

#[::vouch::sealed]
impl Polygon for Square {
    fn corners(&self) -> u32 {
        4
    }
}

#[::vouch::sealed]
impl Shape for Triangle {
    fn area(&self) -> f64 {
        self.0 * self.1 / 2.0
    }

    fn scale(&mut self, factor: f64) {
        self.0 *= factor;
        self.1 *= factor;
    }
}

#[::vouch::sealed]
impl Polygon for Triangle {
    fn corners(&self) -> u32 {
        3
    }
}

#[::vouch::sealed]
impl Measure<u64> for Square {
    fn measure(&self) -> u64 {
        self.0.to_bits()
    }
}

#[::vouch::sealed]
impl<'items, const N: usize> Window<'items, N> for &'items [u8; N] {
    fn window(&self) -> &'items [u8] {
        *self
    }
}

/// Every polygon of this crate: `match` on it is exhaustive, and it is a
/// [`Polygon`] itself.
#[derive(Debug, Clone, Copy, PartialEq, ::vouch::Sealed)]
#[sealed(Shape, Polygon)]
pub enum AnyPolygon {
    /// A square.
    Square(Square),
    /// A triangle.
    Triangle(Triangle),
}

/// A generic closed hierarchy: the forwarding needs `A: Shape`, and the
/// variant over `A` gets no conversions.
#[derive(::core::fmt::Debug, ::vouch::Sealed)]
#[sealed(Shape, crate = "::vouch")]
pub enum Either<A: Shape> {
    /// Any shape.
    Other(A),
    /// A square.
    Square(Square),
}
