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

/// `tokens` as text in which every identifier is unraw (`Vec<r#T>` reads
/// `Vec < T >`), so two spellings of one type compare equal.
pub(crate) fn canonical(tokens: &TokenStream) -> String {
    let mut out = String::new();
    for tree in tokens.clone() {
        match tree {
            TokenTree::Ident(ident) => out.push_str(&name(&ident)),
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    proc_macro2::Delimiter::Parenthesis => ("(", ")"),
                    proc_macro2::Delimiter::Bracket => ("[", "]"),
                    proc_macro2::Delimiter::Brace => ("{", "}"),
                    proc_macro2::Delimiter::None => ("", ""),
                };
                out.push_str(open);
                out.push_str(&canonical(&group.stream()));
                out.push_str(close);
            }
            TokenTree::Punct(punct) => out.push(punct.as_char()),
            TokenTree::Literal(literal) => out.push_str(&literal.to_string()),
        }
        out.push(' ');
    }
    out
}

/// `{prefix}{base}{suffix}`, with `_` appended until it is no name of
/// `taken` (compared unraw): a generated item no user token can name by
/// accident, and that shadows none of them.
pub(crate) fn fresh(taken: &TokenStream, prefix: &str, base: &Ident, suffix: &str) -> Ident {
    let mut fresh = format!("{prefix}{}{suffix}", name(base));
    while mentions(taken, std::slice::from_ref(&fresh)) {
        fresh.push('_');
    }
    Ident::new(&fresh, proc_macro2::Span::call_site())
}
