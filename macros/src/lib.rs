//! Derives and attribute macros of the [`vouch`](https://docs.rs/vouch)
//! crate. Depend on `vouch` and use them from there: the code they generate
//! names `::vouch`, and the traits they implement live there.
//!
//! Every macro is declared once, in the table below: its name (and helper
//! attributes), its docs, and the capability's entry that expands it. The
//! table makes the `#[proc_macro_*]` shims, which only hand their tokens to
//! the entry (see `util::derive` and `util::attribute` for the error and
//! panic handling they share), and the registry the never-panic tests and
//! the README check read (`registry.rs`).

mod builder;
mod pin;
mod pod;
mod registry;
mod sealed;
mod util;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Makes, from one table, a shim per macro and the registry of all of them.
macro_rules! vouch_macros {
    (
        derives {
            $( $(#[$doc:meta])* $name:ident ($($helper:ident),*) $shim:ident => $entry:expr; )*
        }
        attributes {
            $( $(#[$adoc:meta])* $aname:ident => $aentry:expr; )*
        }
    ) => {
        $(
            $(#[$doc])*
            #[proc_macro_derive($name, attributes($($helper),*))]
            pub fn $shim(input: TokenStream) -> TokenStream {
                util::derive(input, $entry)
            }
        )*
        $(
            $(#[$adoc])*
            #[proc_macro_attribute]
            pub fn $aname(args: TokenStream, input: TokenStream) -> TokenStream {
                util::attribute(args, input, $aentry)
            }
        )*
        /// Every derive, as the table declares it.
        #[cfg(test)]
        pub(crate) const DERIVES: &[registry::Entry<registry::Derive>] = &[
            $( registry::Entry { name: stringify!($name), expand: $entry }, )*
        ];
        /// Every attribute macro, as the table declares it.
        #[cfg(test)]
        pub(crate) const ATTRIBUTES: &[registry::Entry<registry::Attribute>] = &[
            $( registry::Entry { name: stringify!($aname), expand: $aentry }, )*
        ];
    };
}

vouch_macros! {
    derives {
        /// Derives `vouch::Zeroable`: the all-zero bit pattern is a valid value.
        Zeroable(vouch) derive_zeroable => |input| Ok(pod::derive(input, pod::Derive::Zeroable));
        /// Derives `vouch::Pod`: every bit pattern is valid and there is no padding.
        Pod(vouch) derive_pod => |input| Ok(pod::derive(input, pod::Derive::Pod));
        /// Derives `vouch::AnyBitPattern` (and `vouch::Zeroable`).
        AnyBitPattern(vouch) derive_any_bit_pattern =>
            |input| Ok(pod::derive(input, pod::Derive::AnyBitPattern));
        /// Derives `vouch::NoUninit`: no padding and no uninitialized bytes.
        NoUninit(vouch) derive_no_uninit => |input| Ok(pod::derive(input, pod::Derive::NoUninit));
        /// Derives `vouch::CheckedBitPattern`: bytes can be validated into a value.
        CheckedBitPattern(vouch) derive_checked_bit_pattern =>
            |input| Ok(pod::derive(input, pod::Derive::CheckedBitPattern));
        /// Derives `vouch::TransparentWrapper` for a `#[repr(transparent)]` type.
        TransparentWrapper(vouch, transparent) derive_transparent_wrapper =>
            |input| Ok(pod::derive(input, pod::Derive::TransparentWrapper));
        /// Derives `vouch::Contiguous` for a fieldless enum with contiguous
        /// discriminants.
        Contiguous(vouch) derive_contiguous =>
            |input| Ok(pod::derive(input, pod::Derive::Contiguous));
        /// Derives a typestate builder: `T::builder()...build()`, where `build()`
        /// exists only once every required field is set.
        Builder(builder) derive_builder => builder::derive_builder;
        /// Closes a sealed hierarchy into an enum of its implementors.
        Sealed(sealed) derive_sealed => sealed::derive_sealed;
    }
    attributes {
        /// Pin projection for a struct or enum: `#[pin]` fields are reached as
        /// `Pin<&mut Field>`, the rest as `&mut Field`.
        pin_project => pin::pin_project;
        /// Marks the `impl PinnedDrop for T` of a `#[pin_project(PinnedDrop)]` type.
        pinned_drop => |args, item| Ok(pin::pinned_drop(args, item));
        /// A builder for a function: `#[vouch::builder] fn f(a: A, b: B)` is
        /// called as `f().a(..).b(..).call()`. Parameters take the options of a
        /// `derive(Builder)` field in `#[builder(..)]`.
        builder => |args, item| Ok(builder::builder_fn(args, item));
        /// Builders for the methods of an impl block: each method marked
        /// `#[builder]` is called as `Type::method().a(..).call()` (or
        /// `value.method()...`); `new` becomes `Type::builder()...build()`.
        bon => |args, item| Ok(builder::bon_impl(args, item));
        /// Seals a trait (it can be used but not implemented outside its module, or
        /// the scope `pub(crate)`/`pub(in path)` gives), or marks an impl of a
        /// sealed trait inside that scope.
        sealed => |args, item| Ok(sealed::sealed(args, item));
    }
}

/// Renames the function it is on to its argument. Generated code only:
/// function builders put it last on the function they keep (as
/// `vouch::__private::builder::rename_fn`), so attribute macros after
/// `#[builder]` see the function's own name.
#[doc(hidden)]
#[proc_macro_attribute]
pub fn rename_fn(args: TokenStream, input: TokenStream) -> TokenStream {
    builder::rename_fn(args.into(), input.into()).into()
}
