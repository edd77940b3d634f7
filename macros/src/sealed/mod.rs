//! Sealed hierarchies: `#[sealed]` on traits and impls, `derive(Sealed)`.
//!
//! `attr` parses the arguments and the item, `check` validates them and
//! plans the delegation `derive(Sealed)` will need, `expand` writes the
//! sealed trait and the sealed impls, `closed` the enum of a closed
//! hierarchy. Nothing here emits `unsafe`: sealing is a visibility trick
//! (a supertrait no other crate can name), not a proof.

mod attr;
mod check;
mod closed;
mod expand;

use crate::util::Errors;
use proc_macro2::TokenStream;
use quote::quote;

/// `#[vouch::sealed]` / `#[vouch::sealed(args)]` on a trait or an impl.
///
/// On error the item is emitted unchanged next to the errors, so the rest
/// of the crate still compiles and only the real mistakes are reported.
pub(crate) fn sealed(args: TokenStream, input: TokenStream) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let parsed = attr::parse_args(args, &mut errors);
    let target = attr::parse_target(input.clone(), &mut errors);
    let expanded = match &target {
        Some(attr::Target::Trait(item)) => {
            check::check_trait(item, &mut errors);
            let plan = check::delegation(item);
            errors
                .is_empty()
                .then(|| expand::expand_trait(item.clone(), &parsed, &plan))
        }
        Some(attr::Target::Impl(item)) => {
            check::check_impl(item, &parsed, &mut errors);
            errors.is_empty().then(|| expand::expand_impl(item))
        }
        None => None,
    };
    match (expanded, errors.finish()) {
        (Some(tokens), Ok(())) => Ok(tokens),
        (_, Err(error)) => {
            let error = error.into_compile_error();
            Ok(quote!(#error #input))
        }
        (None, Ok(())) => Ok(input),
    }
}

/// `#[derive(Sealed)] #[sealed(Trait, ..)]` on an enum of implementors.
pub(crate) fn derive_sealed(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let model = attr::parse_closed(input, &mut errors);
    if let Some(model) = &model {
        check::check_closed(model, &mut errors);
    }
    errors.finish()?;
    Ok(model
        .map(|model| closed::expand_closed(&model))
        .unwrap_or_default())
}
