//! The sealed capability: `#[vouch::sealed]` and `#[derive(vouch::Sealed)]`.
//!
//! Sealing needs no runtime item: the seal of each trait is a hidden trait
//! the macro writes in the user's own crate, where no other crate can name
//! it. What lives here is [`ClosedHierarchy`], which `derive(Sealed)`
//! implements for the enum of a closed hierarchy.

/// An enum that closes a sealed hierarchy: one variant per implementor of a
/// sealed trait. `#[derive(vouch::Sealed)]` implements it.
///
/// ```
/// use vouch::{ClosedHierarchy, sealed};
///
/// #[sealed]
/// pub trait Shape {
///     fn area(&self) -> f64;
/// }
///
/// pub struct Square(f64);
/// pub struct Circle(f64);
///
/// #[sealed]
/// impl Shape for Square {
///     fn area(&self) -> f64 { self.0 * self.0 }
/// }
///
/// #[sealed]
/// impl Shape for Circle {
///     fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
/// }
///
/// #[derive(vouch::Sealed)]
/// #[sealed(Shape)]
/// pub enum AnyShape {
///     Square(Square),
///     Circle(Circle),
/// }
///
/// assert_eq!(AnyShape::VARIANTS, ["Square", "Circle"]);
/// let circle = AnyShape::from(Circle(1.0));
/// assert_eq!(circle.variant_index(), 1);
/// assert_eq!(circle.variant_name(), "Circle");
/// assert_eq!(circle.area(), 3.0);
/// ```
pub trait ClosedHierarchy {
    /// The names of the variants, in declaration order.
    const VARIANTS: &'static [&'static str];

    /// The position in [`VARIANTS`](Self::VARIANTS) of the variant `self`
    /// holds.
    fn variant_index(&self) -> usize;

    /// The name of the variant `self` holds.
    fn variant_name(&self) -> &'static str {
        Self::VARIANTS
            .get(self.variant_index())
            .copied()
            .unwrap_or_default()
    }
}

/// Items that only generated code names, re-exported as
/// `vouch::__private::sealed`.
#[doc(hidden)]
pub mod __private {
    pub use super::ClosedHierarchy;
}
