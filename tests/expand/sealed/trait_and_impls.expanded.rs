use vouch::sealed;
/// A plane figure.
///
/// # Sealed
///
/// This trait is sealed and cannot be implemented outside `macrotest007`: it can be used, but only `macrotest007` implements it, so new methods and impls are not breaking changes.
pub trait Shape: __vouch_sealed_Shape::Sealed {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str {
        "shape"
    }
}
#[doc(hidden)]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
)]
#[allow(unreachable_pub, unused_imports, unused_macros, missing_docs)]
pub(crate) mod __vouch_sealed_Shape {
    /// Implemented by the types `macrotest007` lets implement `Shape`.
    #[diagnostic::on_unimplemented(
        message = "the trait `Shape` is sealed and cannot be implemented outside `macrotest007`",
        label = "`Shape` is sealed: only `macrotest007` may implement it",
        note = "inside `macrotest007`, write `#[vouch::sealed]` on the line above each impl of `Shape`"
    )]
    pub trait Sealed {}
    pub(crate) use __vouch_delegate as delegate;
}
/// A sealed sub-trait.
///
/// # Sealed
///
/// This trait is sealed and cannot be implemented outside `macrotest007`: it can be used, but only `macrotest007` implements it, so new methods and impls are not breaking changes.
pub trait Polygon: Shape + __vouch_sealed_Polygon::Sealed {
    fn corners(&self) -> u32;
}
#[doc(hidden)]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
)]
#[allow(unreachable_pub, unused_imports, unused_macros, missing_docs)]
pub(crate) mod __vouch_sealed_Polygon {
    /// Implemented by the types `macrotest007` lets implement `Polygon`.
    #[diagnostic::on_unimplemented(
        message = "the trait `Polygon` is sealed and cannot be implemented outside `macrotest007`",
        label = "`Polygon` is sealed: only `macrotest007` may implement it",
        note = "inside `macrotest007`, write `#[vouch::sealed]` on the line above each impl of `Polygon`"
    )]
    pub trait Sealed {}
    pub(crate) use __vouch_delegate as delegate;
}
pub struct Square(f64);
#[automatically_derived]
#[allow(deprecated)]
impl __vouch_sealed_Shape::Sealed for Square {}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl __vouch_sealed_Polygon::Sealed for Square {}
impl Polygon for Square {
    fn corners(&self) -> u32 {
        4
    }
}
fn main() {}
