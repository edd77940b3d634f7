//! Derives and attribute macros of the [`vouch`](https://docs.rs/vouch)
//! crate. Depend on `vouch` and use them from there: the code they generate
//! names `::vouch`, and the traits they implement live there.
//!
//! Every entry point below only hands its tokens to the capability module
//! that owns it; see `util::run` for the error and panic handling they share.

mod builder;
mod pin;
mod pod;
mod sealed;
mod util;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Derives `vouch::Zeroable`: the all-zero bit pattern is a valid value.
#[proc_macro_derive(Zeroable, attributes(vouch))]
pub fn derive_zeroable(input: TokenStream) -> TokenStream {
    util::derive(input, |input| pod::derive(input, pod::Derive::Zeroable))
}

/// Derives `vouch::Pod`: every bit pattern is valid and there is no padding.
#[proc_macro_derive(Pod, attributes(vouch))]
pub fn derive_pod(input: TokenStream) -> TokenStream {
    util::derive(input, |input| pod::derive(input, pod::Derive::Pod))
}

/// Derives `vouch::AnyBitPattern` (and `vouch::Zeroable`).
#[proc_macro_derive(AnyBitPattern, attributes(vouch))]
pub fn derive_any_bit_pattern(input: TokenStream) -> TokenStream {
    util::derive(input, |input| {
        pod::derive(input, pod::Derive::AnyBitPattern)
    })
}

/// Derives `vouch::NoUninit`: no padding and no uninitialized bytes.
#[proc_macro_derive(NoUninit, attributes(vouch))]
pub fn derive_no_uninit(input: TokenStream) -> TokenStream {
    util::derive(input, |input| pod::derive(input, pod::Derive::NoUninit))
}

/// Derives `vouch::CheckedBitPattern`: bytes can be validated into a value.
#[proc_macro_derive(CheckedBitPattern, attributes(vouch))]
pub fn derive_checked_bit_pattern(input: TokenStream) -> TokenStream {
    util::derive(input, |input| {
        pod::derive(input, pod::Derive::CheckedBitPattern)
    })
}

/// Derives `vouch::TransparentWrapper` for a `#[repr(transparent)]` type.
#[proc_macro_derive(TransparentWrapper, attributes(vouch, transparent))]
pub fn derive_transparent_wrapper(input: TokenStream) -> TokenStream {
    util::derive(input, |input| {
        pod::derive(input, pod::Derive::TransparentWrapper)
    })
}

/// Derives `vouch::Contiguous` for a fieldless enum with contiguous
/// discriminants.
#[proc_macro_derive(Contiguous, attributes(vouch))]
pub fn derive_contiguous(input: TokenStream) -> TokenStream {
    util::derive(input, |input| pod::derive(input, pod::Derive::Contiguous))
}

/// Pin projection for a struct or enum: `#[pin]` fields are reached as
/// `Pin<&mut Field>`, the rest as `&mut Field`.
#[proc_macro_attribute]
pub fn pin_project(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, pin::pin_project)
}

/// Marks the `impl PinnedDrop for T` of a `#[pin_project(PinnedDrop)]` type.
#[proc_macro_attribute]
pub fn pinned_drop(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, pin::pinned_drop)
}

/// Derives a typestate builder: `T::builder()...build()`, where `build()`
/// exists only once every required field is set.
#[proc_macro_derive(Builder, attributes(builder))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    util::derive(input, builder::derive_builder)
}

/// A builder for a function: `greet().name("Ada").call()` calls `greet`
/// with its arguments set by name; `call()` exists only once every required
/// argument is set.
#[proc_macro_attribute]
pub fn builder(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, builder::builder_fn)
}

/// Builders for the `#[builder]` associated functions of an impl block:
/// `Type::builder()...build()` for `fn new`, `Type::make()...call()` for
/// any other `fn make` (bon's syntax).
#[proc_macro_attribute]
pub fn bon(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, builder::bon_impl)
}

/// Seals a trait (it can be used but not implemented outside its crate), or
/// marks an impl of a sealed trait inside its crate.
#[proc_macro_attribute]
pub fn sealed(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, sealed::sealed)
}

/// Closes a sealed hierarchy into an enum of its implementors.
#[proc_macro_derive(Sealed, attributes(sealed))]
pub fn derive_sealed(input: TokenStream) -> TokenStream {
    util::derive(input, sealed::derive_sealed)
}
