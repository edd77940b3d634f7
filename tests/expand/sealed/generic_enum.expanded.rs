use vouch::sealed;
///
/// # Sealed
///
/// This trait is sealed and cannot be implemented outside `macrotest003`: it can be used, but only `macrotest003` implements it, so new methods and impls are not breaking changes.
pub trait Shape: __vouch_sealed_Shape::Sealed {
    fn area(&self) -> f64;
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
    /// Implemented by the types `macrotest003` lets implement `Shape`.
    #[diagnostic::on_unimplemented(
        message = "the trait `Shape` is sealed and cannot be implemented outside `macrotest003`",
        label = "`Shape` is sealed: only `macrotest003` may implement it",
        note = "inside `macrotest003`, write `#[vouch::sealed]` on the line above each impl of `Shape`"
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
/// The variant over `A` gets no `From`/`TryFrom`; the forwarding needs
/// `A: Shape`.
#[sealed(Shape)]
pub enum Either<A: Shape> {
    Other(A),
    Square(Square),
}
#[automatically_derived]
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
#[allow(deprecated)]
impl<A: Shape> ::vouch::__private::core::convert::From<Square> for Either<A> {
    #[inline]
    fn from(__vouch_value: Square) -> Self {
        Self::Square(__vouch_value)
    }
}
#[automatically_derived]
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
#[allow(deprecated)]
impl<A: Shape> ::vouch::__private::core::convert::TryFrom<Either<A>> for Square {
    type Error = Either<A>;
    #[inline]
    fn try_from(
        __vouch_value: Either<A>,
    ) -> ::vouch::__private::core::result::Result<Self, Either<A>> {
        match __vouch_value {
            Either::Square(__vouch_value) => {
                ::vouch::__private::core::result::Result::Ok(__vouch_value)
            }
            __vouch_other => ::vouch::__private::core::result::Result::Err(__vouch_other),
        }
    }
}
#[automatically_derived]
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
#[allow(deprecated)]
impl<A: Shape> ::vouch::__private::sealed::ClosedHierarchy for Either<A> {
    const VARIANTS: &'static [&'static ::vouch::__private::core::primitive::str] = &[
        "Other",
        "Square",
    ];
    #[inline]
    fn variant_index(&self) -> ::vouch::__private::core::primitive::usize {
        match self {
            Self::Other(_) => 0usize,
            Self::Square(_) => 1usize,
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl<A: Shape> __vouch_sealed_Shape::Sealed for Either<A>
where
    A: Shape,
    Square: Shape,
{}
#[automatically_derived]
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
#[allow(deprecated)]
impl<A: Shape> Shape for Either<A>
where
    A: Shape,
    Square: Shape,
{
    #[inline]
    fn area(&self) -> f64 {
        match self {
            Self::Other(__vouch_inner) => <A as Shape>::area(__vouch_inner),
            Self::Square(__vouch_inner) => <Square as Shape>::area(__vouch_inner),
        }
    }
}
fn main() {}
