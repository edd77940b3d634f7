//! Typestate builders: `derive(Builder)` on structs, `#[vouch::builder]`
//! on functions, `#[vouch::bon]` on impl blocks.
//!
//! `attr.rs` reads bon's attribute syntax and fills the model
//! (`model.rs`); `function.rs` and `bon_impl.rs` fill the same model from
//! a function; `check.rs` reads it, reports the rules between options and
//! fields and refines it; `expand.rs` (with `names.rs` and `finish.rs`)
//! generates the builder from it. The builder contains no `unsafe`: its
//! guarantees are type-level only.

mod attr;
mod bon_impl;
mod check;
mod expand;
mod finish;
mod function;
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

/// `#[vouch::builder]` on a function: the function's name starts a builder
/// of its arguments, `.call()` runs it.
///
/// On an error, the errors come with the item as written (less the
/// `#[builder(...)]` attributes of its arguments, which nothing else
/// reads), as a derive leaves its struct in place: the rest of the crate
/// still sees the item, and the crate does not compile.
#[expect(
    clippy::unnecessary_wraps,
    reason = "the entry contract of util::attribute; the errors travel inside the tokens"
)]
pub(crate) fn builder_fn(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let mut model = function::parse(args, &item, &mut errors);
    if let Some(model) = &mut model {
        check::check(model, &mut errors);
    }
    match (errors.finish(), model) {
        (Ok(()), Some(model)) => Ok(expand::expand(&model)),
        (Err(error), _) => {
            let mut out = error.into_compile_error();
            out.extend(function::without_builder_attrs(item));
            Ok(out)
        }
        // `parse` records an error whenever it returns `None`.
        (Ok(()), None) => Ok(item),
    }
}

/// `#[vouch::bon]` on an impl block: builders for its `#[builder]`
/// associated functions (see `bon_impl.rs`).
#[expect(
    clippy::unnecessary_wraps,
    reason = "the entry contract of util::attribute; the errors travel inside the tokens"
)]
pub(crate) fn bon_impl(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    Ok(bon_impl::expand(args, item))
}
