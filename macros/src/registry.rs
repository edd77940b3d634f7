//! Every macro of vouch-macros, declared once: the name users write, and
//! the capability's entry that expands it. The `#[proc_macro_*]` shims of
//! `lib.rs`, the never-panic tests and the check that the README documents
//! each macro all read this table, so a new macro is one entry here and
//! one shim there.

use crate::{builder, pin, pod, sealed};
use proc_macro2::TokenStream;

/// A derive's expansion: errors are `Err`, or `compile_error!`s inside
/// the tokens.
pub(crate) type Derive = fn(&syn::DeriveInput) -> syn::Result<TokenStream>;

/// An attribute macro's expansion, from its arguments and its item.
pub(crate) type Attribute = fn(TokenStream, TokenStream) -> syn::Result<TokenStream>;

/// One macro: its name (`Pod` for `derive(vouch::Pod)`, `pin_project` for
/// `#[vouch::pin_project]`) and its expansion.
pub(crate) struct Entry<F> {
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "read by the tests, not the shims")
    )]
    pub(crate) name: &'static str,
    pub(crate) expand: F,
}

pub(crate) const ZEROABLE: Entry<Derive> = Entry {
    name: "Zeroable",
    expand: |input| Ok(pod::derive(input, pod::Derive::Zeroable)),
};
pub(crate) const POD: Entry<Derive> = Entry {
    name: "Pod",
    expand: |input| Ok(pod::derive(input, pod::Derive::Pod)),
};
pub(crate) const ANY_BIT_PATTERN: Entry<Derive> = Entry {
    name: "AnyBitPattern",
    expand: |input| Ok(pod::derive(input, pod::Derive::AnyBitPattern)),
};
pub(crate) const NO_UNINIT: Entry<Derive> = Entry {
    name: "NoUninit",
    expand: |input| Ok(pod::derive(input, pod::Derive::NoUninit)),
};
pub(crate) const CHECKED_BIT_PATTERN: Entry<Derive> = Entry {
    name: "CheckedBitPattern",
    expand: |input| Ok(pod::derive(input, pod::Derive::CheckedBitPattern)),
};
pub(crate) const TRANSPARENT_WRAPPER: Entry<Derive> = Entry {
    name: "TransparentWrapper",
    expand: |input| Ok(pod::derive(input, pod::Derive::TransparentWrapper)),
};
pub(crate) const CONTIGUOUS: Entry<Derive> = Entry {
    name: "Contiguous",
    expand: |input| Ok(pod::derive(input, pod::Derive::Contiguous)),
};
pub(crate) const BUILDER: Entry<Derive> = Entry {
    name: "Builder",
    expand: builder::derive_builder,
};
pub(crate) const SEALED_ENUM: Entry<Derive> = Entry {
    name: "Sealed",
    expand: sealed::derive_sealed,
};

pub(crate) const PIN_PROJECT: Entry<Attribute> = Entry {
    name: "pin_project",
    expand: pin::pin_project,
};
pub(crate) const PINNED_DROP: Entry<Attribute> = Entry {
    name: "pinned_drop",
    expand: |args, item| Ok(pin::pinned_drop(args, item)),
};
pub(crate) const BUILDER_FN: Entry<Attribute> = Entry {
    name: "builder",
    expand: |args, item| Ok(builder::builder_fn(args, item)),
};
pub(crate) const BON: Entry<Attribute> = Entry {
    name: "bon",
    expand: |args, item| Ok(builder::bon_impl(args, item)),
};
pub(crate) const SEALED: Entry<Attribute> = Entry {
    name: "sealed",
    expand: |args, item| Ok(sealed::sealed(args, item)),
};

/// Every derive.
#[cfg(test)]
pub(crate) const DERIVES: [&Entry<Derive>; 9] = [
    &ZEROABLE,
    &POD,
    &ANY_BIT_PATTERN,
    &NO_UNINIT,
    &CHECKED_BIT_PATTERN,
    &TRANSPARENT_WRAPPER,
    &CONTIGUOUS,
    &BUILDER,
    &SEALED_ENUM,
];

/// Every attribute macro.
#[cfg(test)]
pub(crate) const ATTRIBUTES: [&Entry<Attribute>; 5] =
    [&PIN_PROJECT, &PINNED_DROP, &BUILDER_FN, &BON, &SEALED];
