use vouch::sealed;
/// Generic parameters are erased in the seal: lifetimes, `?Sized` types,
/// const generics.
///
/// # Sealed
///
/// This trait is sealed and cannot be implemented outside its own module in `macrotest005`: other crates can use it but not implement it, so new methods and impls are not breaking changes.
pub trait Window<'a, T: Copy + 'a, const N: usize>: window_seal::Sealed<'a, T, N>
where
    T: Default,
{
    fn window(&self) -> &'a [T];
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
mod window_seal {
    use super::*;
    /// Implemented by the types that may implement `Window`.
    #[diagnostic::on_unimplemented(
        message = "the trait `Window` is sealed and cannot be implemented outside its own module in `macrotest005`",
        label = "`Window` is sealed: it cannot be implemented here",
        note = "only `macrotest005` implements `Window`: with `#[vouch::sealed]` on each impl inside the module of `Window` or its submodules (`#[vouch::sealed(pub(crate))]` on the trait allows impls anywhere in that crate)"
    )]
    pub trait Sealed<'a, T: ?::vouch::__private::core::marker::Sized, const N: usize> {}
    pub mod key {
        pub(in super::super) use super::Sealed as __VouchSeal;
        pub(crate) use __vouch_delegate as Window_is_sealed;
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
pub use window_seal::key as Window_is_sealed;
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
    trait __VouchSeal<
        '__vouch_a0,
        __VouchA1: ?::core::marker::Sized,
        __VouchA2: ?::core::marker::Sized,
    > {}
    const _: () = {
        #[allow(unused_imports)]
        use Window_is_sealed::*;
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'a, T, const N: usize> __VouchSeal<'a, T, N> for &'a [T; N]
        where
            T: Copy + Default + 'a,
        {}
    };
};
/// A blanket impl over references, with its bounds kept.
impl<'a, T, const N: usize> Window<'a, T, N> for &'a [T; N]
where
    T: Copy + Default + 'a,
{
    fn window(&self) -> &'a [T] {
        *self
    }
}
fn main() {}
