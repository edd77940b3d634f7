//! The types of the macro table in `lib.rs`, which declares every macro of
//! vouch-macros once (its name, helper attributes, docs and entry) and
//! makes both the `#[proc_macro_*]` shims and the lists the never-panic
//! tests and the README check read (`crate::DERIVES`, `crate::ATTRIBUTES`).

use proc_macro2::TokenStream;

/// A derive's expansion: errors are `Err`, or `compile_error!`s inside
/// the tokens.
pub(crate) type Derive = fn(&syn::DeriveInput) -> syn::Result<TokenStream>;

/// An attribute macro's expansion, from its arguments and its item.
pub(crate) type Attribute = fn(TokenStream, TokenStream) -> syn::Result<TokenStream>;

/// One macro: its name (`Pod` for `derive(vouch::Pod)`, `pin_project` for
/// `#[vouch::pin_project]`) and its expansion.
#[cfg(test)]
pub(crate) struct Entry<F> {
    pub(crate) name: &'static str,
    pub(crate) expand: F,
}
