//! Identifiers compared as rustc compares them: `r#T` and `T` are one name.
//!
//! Every capability that asks "is this the same name" or "do these tokens
//! name that parameter" goes through here, so a raw identifier can never
//! make two spellings of one name look different (or the other way round).

use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::ext::IdentExt;

/// The name rustc resolves `ident` to: `r#type` is `type`, `r#T` is `T`.
pub(crate) fn name(ident: &Ident) -> String {
    ident.unraw().to_string()
}

/// Whether two identifiers are the same name, raw or not.
pub(crate) fn same(a: &Ident, b: &Ident) -> bool {
    name(a) == name(b)
}

/// Whether `tokens` contain, at any depth, an identifier that is one of
/// `names` (compared after unraw; a lifetime `'r#a` is the identifier `r#a`
/// after its apostrophe, so lifetimes are found by their bare names too).
pub(crate) fn mentions(tokens: &TokenStream, names: &[String]) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => {
            let ident = name(&ident);
            names.contains(&ident)
        }
        TokenTree::Group(group) => mentions(&group.stream(), names),
        TokenTree::Punct(_) | TokenTree::Literal(_) => false,
    })
}

/// The unraw names of every generic parameter (types, consts, and
/// lifetimes without their apostrophe).
pub(crate) fn param_names(generics: &syn::Generics) -> Vec<String> {
    generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Type(ty) => name(&ty.ident),
            syn::GenericParam::Const(konst) => name(&konst.ident),
            syn::GenericParam::Lifetime(lifetime) => name(&lifetime.lifetime.ident),
        })
        .collect()
}
