//! Pin projection: `#[pin_project]` and `#[pinned_drop]`.
//!
//! `#[pin_project]` runs in three phases: `attr` reads the arguments and the
//! item into a model that keeps the syn nodes, `check` records every rule the
//! tokens break, and `expand` generates the projection types while `call`
//! describes the item to the runtime's `pin_projection!`, which writes the
//! projection methods and the guards that prove at compile time what the
//! tokens cannot show. This crate never emits `unsafe`: every `unsafe`
//! token comes from `pin_projection!`, next to the checks it relies on. On
//! any error, the item is emitted with its `#[pin]` attributes removed next
//! to the errors, and nothing else.

mod attr;
mod call;
mod check;
mod expand;
mod pinned_drop;

pub(crate) use pinned_drop::pinned_drop;

use crate::util::{Errors, const_scope};
use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn pin_project(args: TokenStream, input: TokenStream) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    // Every identifier of the arguments and the item: generated names avoid
    // them all.
    let mut original = args.clone();
    original.extend(input.clone());
    let item_tokens = input.clone();
    let args = attr::Args::parse(args, &mut errors);
    let parsed = attr::parse_item(input, &mut errors)?;
    let stripped = parsed.stripped;
    let Some(input) = parsed.input else {
        return Ok(with_errors(errors, &stripped));
    };
    check::check(&args, &input, &mut errors);
    if !errors.is_empty() {
        return Ok(with_errors(errors, &stripped));
    }
    let cx = expand::Cx::new(&input, &args, &original, &item_tokens);
    let projections = expand::projections(&cx);
    let public = projections.public;
    // The unnamed projection types and the runtime's `pin_projection!`
    // share one scope: the methods it writes return those types.
    let hidden = const_scope(&{
        let mut hidden = projections.hidden;
        hidden.extend(call::project(&cx, &projections.methods));
        hidden
    });
    Ok(quote! {
        #stripped
        #public
        #hidden
    })
}

/// The errors, followed by the item without its `#[pin]` attributes, so the
/// rest of the crate still compiles and shows its own errors.
fn with_errors(errors: Errors, stripped: &TokenStream) -> TokenStream {
    let errors = errors.finish().err().map(syn::Error::into_compile_error);
    quote!(#errors #stripped)
}
