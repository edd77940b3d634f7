use vouch::sealed;
/// A plane figure.
///
/// # Sealed
///
/// This trait is sealed and cannot be implemented outside its own module in `macrotest007`: other crates can use it but not implement it, so new methods and impls are not breaking changes.
pub trait Shape: shape_seal::Sealed {
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
    clippy::suspicious,
)]
#[allow(unreachable_pub, unused_imports, unused_macros, missing_docs, non_snake_case)]
mod shape_seal {
    /// Implemented by the types that may implement `Shape`.
    #[diagnostic::on_unimplemented(
        message = "the trait `Shape` is sealed and cannot be implemented outside its own module in `macrotest007`",
        label = "`Shape` is sealed: it cannot be implemented here",
        note = "only `macrotest007` implements `Shape`: with `#[vouch::sealed]` on each impl inside the module of `Shape` or its submodules (`#[vouch::sealed(pub(crate))]` on the trait allows impls anywhere in that crate)"
    )]
    pub trait Sealed {}
    pub mod key {
        pub(in super::super) use super::Sealed as __VouchSeal;
        pub(crate) use __vouch_delegate as Shape_is_sealed;
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
    clippy::suspicious,
)]
#[allow(unreachable_pub, unused_imports)]
pub use shape_seal::key as Shape_is_sealed;
/// A sealed sub-trait.
///
/// # Sealed
///
/// This trait is sealed and cannot be implemented outside `macrotest007`: other crates can use it but not implement it, so new methods and impls are not breaking changes.
pub trait Polygon: Shape + polygon_seal::Sealed {
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
    clippy::suspicious,
)]
#[allow(unreachable_pub, unused_imports, unused_macros, missing_docs, non_snake_case)]
mod polygon_seal {
    /// Implemented by the types that may implement `Polygon`.
    #[diagnostic::on_unimplemented(
        message = "the trait `Polygon` is sealed and cannot be implemented outside `macrotest007`",
        label = "`Polygon` is sealed: it cannot be implemented here",
        note = "only `macrotest007` implements `Polygon`: with `#[vouch::sealed]` on each impl"
    )]
    pub trait Sealed {}
    pub mod key {
        pub(crate) use super::Sealed as __VouchSeal;
        pub(crate) use __vouch_delegate as Polygon_is_sealed;
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
    clippy::suspicious,
)]
#[allow(unreachable_pub, unused_imports)]
pub use polygon_seal::key as Polygon_is_sealed;
pub struct Square(f64);
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
    clippy::suspicious,
)]
const _: () = {
    trait __VouchSeal {}
    const _: () = {
        #[allow(unused_imports)]
        use Shape_is_sealed::*;
        #[automatically_derived]
        #[allow(deprecated)]
        impl __VouchSeal for Square {}
    };
};
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
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
    clippy::suspicious,
)]
const _: () = {
    trait __VouchSeal {}
    const _: () = {
        #[allow(unused_imports)]
        use Polygon_is_sealed::*;
        #[automatically_derived]
        #[allow(deprecated)]
        impl __VouchSeal for Square {}
    };
};
impl Polygon for Square {
    fn corners(&self) -> u32 {
        4
    }
}
fn main() {}
