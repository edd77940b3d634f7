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
/// Every error is reported at once, next to the expanded item (or the
/// unchanged item when it cannot be sealed), so only the real mistakes are
/// reported.
// The signature every attribute entry shares, though errors here travel
// inside the `Ok` tokens, next to the item.
#[allow(clippy::unnecessary_wraps)]
pub(crate) fn sealed(args: TokenStream, input: TokenStream) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let parsed = attr::parse_args(args, &mut errors);
    let target = attr::parse_target(input.clone(), &mut errors);
    // A bad argument does not stop the expansion: sealing emits nothing
    // unsafe, and a sealed trait or impl keeps the rest of the crate (the
    // other impls, `derive(Sealed)`) free of follow-up errors. Only an item
    // that cannot be sealed is emitted unchanged.
    let expanded = match &target {
        Some(attr::Target::Trait(item)) => {
            let plan = check::delegation(item);
            check::check_trait(item, &mut errors)
                .then(|| expand::expand_trait(item.clone(), &parsed, &plan))
        }
        Some(attr::Target::Impl(item)) => {
            check::check_impl(item, &parsed, &mut errors);
            check::impl_is_sealable(item).then(|| expand::expand_impl(item))
        }
        None => None,
    };
    // Tokens that are no item at all (`impl` cut short) are dropped: rustc
    // would only add a parse error of its own.
    let expanded = expanded.unwrap_or_else(|| {
        if syn::parse2::<syn::Item>(input.clone()).is_ok() {
            input
        } else {
            TokenStream::new()
        }
    });
    match errors.finish() {
        Ok(()) => Ok(expanded),
        Err(error) => {
            let error = error.into_compile_error();
            Ok(quote!(#error #expanded))
        }
    }
}

/// `#[derive(Sealed)] #[sealed(Trait, ..)]` on an enum of implementors.
pub(crate) fn derive_sealed(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let model = attr::parse_closed(input, &mut errors);
    check::check_closed(&model, &mut errors);
    errors.finish()?;
    Ok(closed::expand_closed(&model))
}
