use vouch::sealed;
/// Generic parameters are erased in the seal: lifetimes, `?Sized` types,
/// const generics.
///
/// # Sealed
///
/// This trait is sealed and cannot be implemented outside `macrotest005`: it can be used, but only `macrotest005` implements it, so new methods and impls are not breaking changes.
pub trait Window<
    'a,
    T: Copy + 'a,
    const N: usize,
>: __vouch_sealed_Window::Sealed<'a, T, N>
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
)]
#[allow(unreachable_pub, unused_imports, unused_macros, missing_docs)]
pub(crate) mod __vouch_sealed_Window {
    use super::*;
    /// Implemented by the types `macrotest005` lets implement `Window`.
    #[diagnostic::on_unimplemented(
        message = "the trait `Window` is sealed and cannot be implemented outside `macrotest005`",
        label = "`Window` is sealed: only `macrotest005` may implement it",
        note = "inside `macrotest005`, write `#[vouch::sealed]` on the line above each impl of `Window`"
    )]
    pub trait Sealed<'a, T: ?::vouch::__private::core::marker::Sized, const N: usize> {}
    pub(crate) use __vouch_delegate as delegate;
}
#[automatically_derived]
#[allow(deprecated)]
impl<'a, T, const N: usize> __vouch_sealed_Window::Sealed<'a, T, N> for &'a [T; N]
where
    T: Copy + Default + 'a,
{}
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
