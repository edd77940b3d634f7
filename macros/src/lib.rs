//! Derives and attribute macros of the [`vouch`](https://docs.rs/vouch)
//! crate. Depend on `vouch` and use them from there: the code they generate
//! names `::vouch`, and the traits they implement live there.
//!
//! Every entry point below only hands its tokens to the expansion its
//! entry in `registry.rs` names; see `util::derive` and `util::attribute`
//! for the error and panic handling they share.

mod builder;
mod pin;
mod pod;
mod registry;
mod sealed;
mod util;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Derives `vouch::Zeroable`: the all-zero bit pattern is a valid value.
#[proc_macro_derive(Zeroable, attributes(vouch))]
pub fn derive_zeroable(input: TokenStream) -> TokenStream {
    util::derive(input, registry::ZEROABLE.expand)
}

/// Derives `vouch::Pod`: every bit pattern is valid and there is no padding.
#[proc_macro_derive(Pod, attributes(vouch))]
pub fn derive_pod(input: TokenStream) -> TokenStream {
    util::derive(input, registry::POD.expand)
}

/// Derives `vouch::AnyBitPattern` (and `vouch::Zeroable`).
#[proc_macro_derive(AnyBitPattern, attributes(vouch))]
pub fn derive_any_bit_pattern(input: TokenStream) -> TokenStream {
    util::derive(input, registry::ANY_BIT_PATTERN.expand)
}

/// Derives `vouch::NoUninit`: no padding and no uninitialized bytes.
#[proc_macro_derive(NoUninit, attributes(vouch))]
pub fn derive_no_uninit(input: TokenStream) -> TokenStream {
    util::derive(input, registry::NO_UNINIT.expand)
}

/// Derives `vouch::CheckedBitPattern`: bytes can be validated into a value.
#[proc_macro_derive(CheckedBitPattern, attributes(vouch))]
pub fn derive_checked_bit_pattern(input: TokenStream) -> TokenStream {
    util::derive(input, registry::CHECKED_BIT_PATTERN.expand)
}

/// Derives `vouch::TransparentWrapper` for a `#[repr(transparent)]` type.
#[proc_macro_derive(TransparentWrapper, attributes(vouch, transparent))]
pub fn derive_transparent_wrapper(input: TokenStream) -> TokenStream {
    util::derive(input, registry::TRANSPARENT_WRAPPER.expand)
}

/// Derives `vouch::Contiguous` for a fieldless enum with contiguous
/// discriminants.
#[proc_macro_derive(Contiguous, attributes(vouch))]
pub fn derive_contiguous(input: TokenStream) -> TokenStream {
    util::derive(input, registry::CONTIGUOUS.expand)
}

/// Pin projection for a struct or enum: `#[pin]` fields are reached as
/// `Pin<&mut Field>`, the rest as `&mut Field`.
#[proc_macro_attribute]
pub fn pin_project(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, registry::PIN_PROJECT.expand)
}

/// Marks the `impl PinnedDrop for T` of a `#[pin_project(PinnedDrop)]` type.
#[proc_macro_attribute]
pub fn pinned_drop(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, registry::PINNED_DROP.expand)
}

/// Derives a typestate builder: `T::builder()...build()`, where `build()`
/// exists only once every required field is set.
#[proc_macro_derive(Builder, attributes(builder))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    util::derive(input, registry::BUILDER.expand)
}

/// A builder for a function: `#[vouch::builder] fn f(a: A, b: B)` is
/// called as `f().a(..).b(..).call()`. Parameters take the options of a
/// `derive(Builder)` field in `#[builder(..)]`.
#[proc_macro_attribute]
pub fn builder(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, registry::BUILDER_FN.expand)
}

/// Builders for the methods of an impl block: each method marked
/// `#[builder]` is called as `Type::method().a(..).call()` (or
/// `value.method()...`); `new` becomes `Type::builder()...build()`.
#[proc_macro_attribute]
pub fn bon(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, registry::BON.expand)
}

/// Seals a trait (it can be used but not implemented outside its module, or
/// the scope `pub(crate)`/`pub(in path)` gives), or marks an impl of a
/// sealed trait inside that scope.
#[proc_macro_attribute]
pub fn sealed(args: TokenStream, input: TokenStream) -> TokenStream {
    util::attribute(args, input, registry::SEALED.expand)
}

/// Closes a sealed hierarchy into an enum of its implementors.
#[proc_macro_derive(Sealed, attributes(sealed))]
pub fn derive_sealed(input: TokenStream) -> TokenStream {
    util::derive(input, registry::SEALED_ENUM.expand)
}
