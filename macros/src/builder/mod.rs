//! Typestate builders: `derive(Builder)`.
//!
//! `attr.rs` reads bon's attribute syntax into a model, `check.rs` applies
//! the rules between options and fields, `expand.rs` generates the builder.
//! The builder contains no `unsafe`: its guarantees are type-level only.

mod attr;
mod check;
mod expand;

use crate::util::Errors;
use proc_macro2::TokenStream;

pub(crate) fn derive_builder(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let Some(parsed) = attr::parse(input, &mut errors) else {
        errors.finish()?;
        return Ok(TokenStream::new());
    };
    let model = check::check(parsed, &mut errors);
    errors.finish()?;
    Ok(expand::expand(&model))
}
