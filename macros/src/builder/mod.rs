//! Typestate builders: `derive(Builder)`.
//!
//! `attr.rs` reads bon's attribute syntax and fills the model
//! (`model.rs`), `check.rs` reads it, reports the rules between options and
//! fields and refines it, `expand.rs` generates the builder from it.
//! The builder contains no `unsafe`: its guarantees are type-level only.

mod attr;
mod check;
mod expand;
mod model;
mod names;

use crate::util::Errors;
use proc_macro2::TokenStream;

pub(crate) fn derive_builder(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let Some(mut model) = attr::parse(input, &mut errors) else {
        errors.finish()?;
        return Ok(TokenStream::new());
    };
    check::check(&mut model, &mut errors);
    errors.finish()?;
    Ok(expand::expand(&model))
}
