//! `#[vouch::sealed]` on an impl of a sealed trait: check, then expand.
//!
//! The impl is emitted unchanged, next to the seal impl for the same type
//! with the same generics and bounds (see `names::SealImpl`: the seal is
//! found through the path that names the trait).

use super::args::SealArgs;
use super::names::SealImpl;
use crate::util::Errors;
use proc_macro2::TokenStream;
use quote::quote;

/// The trait path must be one the key path can be derived from, and the
/// trait-only arguments are refused. `false` when the impl is emitted
/// without a seal.
pub(crate) fn check(item: &syn::ItemImpl, args: &SealArgs, errors: &mut Errors) -> bool {
    for impl_item in &item.items {
        if let syn::ImplItem::Fn(method) = impl_item {
            super::refuse_seal_attrs(&method.attrs, errors);
        }
    }
    if let Some(scope) = &args.scope {
        errors.at(
            scope.span,
            "a visibility says who may implement a sealed trait; it belongs on the \
             trait's `#[vouch::sealed(..)]`, not on an impl",
        );
    }
    let Some((path, _)) = &item.trait_ else {
        return false;
    };
    if let Some(last) = path.segments.last()
        && let syn::PathArguments::Parenthesized(arguments) = &last.arguments
    {
        errors.spanned(
            arguments,
            "a sealed trait takes its arguments in angle brackets; write `Trait<A, B>`",
        );
        return false;
    }
    true
}

/// Expands `#[vouch::sealed] impl Trait for Type { .. }`: the impl, and
/// the impl of the trait's seal.
pub(crate) fn expand(item: &syn::ItemImpl, args: &SealArgs) -> TokenStream {
    let Some((trait_path, _)) = &item.trait_ else {
        return quote!(#item);
    };
    // A refused `#[seal(..)]` goes, so rustc does not report it again.
    let mut stripped = item.clone();
    for impl_item in &mut stripped.items {
        if let syn::ImplItem::Fn(method) = impl_item {
            method.attrs.retain(|attr| !attr.path().is_ident("seal"));
        }
    }
    let (impl_generics, _, where_clause) = item.generics.split_for_impl();
    let self_ty = &item.self_ty;
    // The stand-in needs `core` only: through `crate = ..` when given, else
    // `::core` read in the macro's edition (edition 2015 would read `::core`
    // from the crate root), so an impl needs no `crate =` where the
    // dependency is renamed.
    let core = args.krate.as_ref().map_or_else(
        || {
            let core = syn::Ident::new("core", proc_macro2::Span::mixed_site());
            quote!(::#core)
        },
        |krate| krate.value.core(),
    );
    let seal = SealImpl {
        trait_path,
        impl_generics: quote!(#impl_generics),
        self_ty: quote!(#self_ty),
        where_clause: quote!(#where_clause),
        core,
        // An impl under `#[cfg]` has a seal under the same `#[cfg]`.
        cfgs: item
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr"))
            .collect(),
    }
    .expand();
    quote! {
        #seal

        #stripped
    }
}
