use vouch::sealed;
///
/// # Sealed
///
/// This trait is sealed and cannot be implemented outside its own module in `macrotest003`: other crates can use it but not implement it, so new methods and impls are not breaking changes.
pub trait Shape: shape_seal::Sealed {
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
    clippy::suspicious,
)]
#[allow(unreachable_pub, unused_imports, unused_macros, missing_docs, non_snake_case)]
mod shape_seal {
    /// Implemented by the types that may implement `Shape`.
    #[diagnostic::on_unimplemented(
        message = "the trait `Shape` is sealed and cannot be implemented outside its own module in `macrotest003`",
        label = "`Shape` is sealed: it cannot be implemented here",
        note = "only `macrotest003` implements `Shape`: with `#[vouch::sealed]` on each impl inside the module of `Shape` or its submodules (`#[vouch::sealed(pub(crate))]` on the trait allows impls anywhere in that crate)"
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
    clippy::suspicious,
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
    clippy::suspicious,
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
    clippy::suspicious,
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
const _: () = {
    use Shape_is_sealed::Shape_is_sealed as derive_Sealed;
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
            impl<A: Shape> __VouchSeal for Either<A>
            where
                A: Shape,
                Square: Shape,
            {}
        };
    };
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
        clippy::suspicious,
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
};
fn main() {}
