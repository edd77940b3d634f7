//! The shared option toolkit: reading one key (`key_of`), setting it once
//! (`once`, `once_flag`), its value forms (`word`, `optional_value`,
//! `ident_value`), the `name`/`vis`/`doc` readers (`named`, `name_vis_doc`,
//! `visibility`, `doc_block`), checks of a `key(..)` list, and the
//! "unknown option" error with its closest match.

use super::BON_ONLY;
use crate::builder::model::Named;
use crate::util::Errors;
use crate::util::attr::{Spanned, duplicate};
use proc_macro2::Span;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, Ident, MacroDelimiter, Meta, Token, Visibility};

/// The single identifier naming an option, or an error at the path.
pub(super) fn key_of(meta: &Meta, errors: &mut Errors) -> Option<Ident> {
    let key = meta.path().get_ident().cloned();
    if key.is_none() {
        errors.spanned(
            meta.path(),
            "expected an option name such as `default`, not a path",
        );
    }
    key
}

/// Sets an option given once; a second one is the shared duplicate error,
/// at its key.
pub(super) fn once<T>(slot: &mut Option<Spanned<T>>, key: &Ident, value: T, errors: &mut Errors) {
    if slot.is_some() {
        duplicate(errors, key, format_args!("option `{key}`"));
    } else {
        *slot = Some(Spanned {
            value,
            span: key.span(),
        });
    }
}

/// [`once`] for an option that is a bare key.
pub(super) fn once_flag(slot: &mut Option<Ident>, key: Ident, errors: &mut Errors) {
    if slot.is_some() {
        duplicate(errors, &key, format_args!("option `{key}`"));
    } else {
        *slot = Some(key);
    }
}

/// `key` alone; a value or list on it is an error at the key.
pub(super) fn word(meta: &Meta, key: &Ident, errors: &mut Errors) {
    if !matches!(meta, Meta::Path(_)) {
        errors.spanned(
            key,
            format_args!("`{key}` takes no value; write just `{key}`"),
        );
    }
}

/// `key` or `key = expr`.
pub(super) fn optional_value(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<Expr> {
    match meta {
        Meta::Path(_) => None,
        Meta::NameValue(nv) => Some(nv.value.clone()),
        Meta::List(_) => {
            errors.spanned(
                key,
                format_args!(
                    "`{key}` is written `{key}` or `{key} = <expression>`, not `{key}(...)`"
                ),
            );
            None
        }
    }
}

/// `key = ident`.
pub(super) fn ident_value(
    meta: &Meta,
    key: &Ident,
    example: &str,
    errors: &mut Errors,
) -> Option<Ident> {
    if let Meta::NameValue(nv) = meta {
        if let Some(ident) = expr_ident(&nv.value) {
            return Some(ident);
        }
        errors.spanned(
            &nv.value,
            format_args!("`{key}` needs an identifier; write e.g. `{example}`"),
        );
    } else {
        errors.spanned(
            key,
            format_args!("`{key}` needs an identifier; write e.g. `{example}`"),
        );
    }
    None
}

fn expr_ident(expr: &Expr) -> Option<Ident> {
    match expr {
        Expr::Path(path) if path.qself.is_none() && path.attrs.is_empty() => {
            path.path.get_ident().cloned()
        }
        Expr::Group(group) => expr_ident(&group.expr),
        // bon also accepts the name as a string.
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(string),
            ..
        }) => string.parse().ok(),
        _ => None,
    }
}

/// `key = Name` or `key(name = Name, vis = "pub(crate)")`.
pub(super) fn named(meta: &Meta, key: &Ident, example: &str, errors: &mut Errors) -> Named {
    let mut named = Named::default();
    match meta {
        Meta::Path(_) => errors.spanned(
            key,
            format_args!("`{key}` needs a name; write e.g. `{example}`"),
        ),
        Meta::NameValue(_) => named.name = ident_value(meta, key, example, errors),
        Meta::List(list) => {
            if !list_ok(list, &format!("{key}()"), example, errors) {
                return named;
            }
            let items = match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
            {
                Ok(items) => items,
                Err(error) => {
                    errors.push(error);
                    return named;
                }
            };
            let (name, vis, docs) = name_vis_doc(
                items,
                &["doc", "name", "vis"],
                errors,
                |item, inner, errors| ident_value(item, inner, example, errors),
                |_, _, _| false,
            );
            named.name = name;
            named.vis = vis;
            named.docs = docs;
        }
    }
    named
}

/// The items of a `(name = .., vis = "..", doc { .. })` list, each given
/// once: `name` as `name_of` reads it, and any other key by `other`, which
/// returns `false` for a key it does not know either (the unknown-option
/// error then names `expected`). The one reader of `builder_type(..)`,
/// `start_fn(..)`, `finish_fn(..)`, `state_mod(..)`, `setters(..)`,
/// `getter(..)` and `generics(setters(..))`.
pub(super) fn name_vis_doc<N>(
    items: Punctuated<Meta, Token![,]>,
    expected: &[&str],
    errors: &mut Errors,
    mut name_of: impl FnMut(&Meta, &Ident, &mut Errors) -> Option<N>,
    mut other: impl FnMut(&Meta, &Ident, &mut Errors) -> bool,
) -> (Option<N>, Option<Visibility>, Option<Vec<Attribute>>) {
    let (mut name, mut vis, mut docs) = (None, None, None);
    for item in items {
        let Some(inner) = key_of(&item, errors) else {
            continue;
        };
        match inner.to_string().as_str() {
            "name" => {
                if let Some(value) = name_of(&item, &inner, errors) {
                    once(&mut name, &inner, value, errors);
                }
            }
            "vis" => {
                if let Some(value) = visibility(&item, &inner, errors) {
                    once(&mut vis, &inner, value, errors);
                }
            }
            "doc" => {
                if let Some(value) = doc_block(&item, &inner, errors) {
                    once(&mut docs, &inner, value, errors);
                }
            }
            key => {
                if !other(&item, &inner, errors) {
                    unknown(&inner, key, expected, errors);
                }
            }
        }
    }
    (
        name.map(|name| name.value),
        vis.map(|vis| vis.value),
        docs.map(|docs| docs.value),
    )
}

/// `doc { /// text }`: doc comments only; or `doc = "text"`, as
/// typed-builder writes it.
pub(super) fn doc_block(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<Vec<Attribute>> {
    const HELP: &str = "`doc` takes doc comments in braces; write e.g. `doc { /// Builds it. }`";
    // typed-builder's spelling: the text in a string.
    if let Meta::NameValue(syn::MetaNameValue {
        value:
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }),
        ..
    }) = meta
    {
        return Some(vec![syn::parse_quote!(#[doc = #text])]);
    }
    let Meta::List(list) = meta else {
        errors.spanned(key, HELP);
        return None;
    };
    if !matches!(list.delimiter, MacroDelimiter::Brace(_)) {
        errors.at(delimiter_span(&list.delimiter), HELP);
        return None;
    }
    let attrs = errors.handle(list.parse_args_with(Attribute::parse_outer))?;
    let mut docs = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("doc") {
            docs.push(attr);
        } else {
            errors.spanned(&attr, HELP);
        }
    }
    Some(docs)
}

/// `vis = "pub(crate)"` (bon's spelling; `vis = ""` is private).
pub(super) fn visibility(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<Visibility> {
    const HELP: &str = "`vis` needs a visibility in quotes; write e.g. `vis = \"pub(crate)\"`, \
                        or `vis = \"\"` for private";
    let Meta::NameValue(nv) = meta else {
        errors.spanned(key, HELP);
        return None;
    };
    match &nv.value {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(string),
            ..
        }) if string.value().trim().is_empty() => Some(Visibility::Inherited),
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(string),
            ..
        }) => string
            .parse()
            .map_err(|_| errors.spanned(string, HELP))
            .ok(),
        other => {
            errors.spanned(other, HELP);
            None
        }
    }
}

/// `key(..)` holds at least one option, in parentheses; else the error is
/// at the delimiters, and the list is not read.
pub(super) fn list_ok(
    list: &syn::MetaList,
    empty: &str,
    example: &str,
    errors: &mut Errors,
) -> bool {
    if !in_parens(list, errors) {
        return false;
    }
    if list.tokens.is_empty() {
        errors.at(
            delimiter_span(&list.delimiter),
            format_args!("`{empty}` is empty; remove it, or write e.g. `{example}`"),
        );
        return false;
    }
    true
}

/// `key(..)`, not `key { .. }` or `key[..]`: as bon, the options of a key
/// go in parentheses (only `doc { .. }` takes braces).
pub(super) fn in_parens(list: &syn::MetaList, errors: &mut Errors) -> bool {
    if matches!(list.delimiter, MacroDelimiter::Paren(_)) {
        return true;
    }
    let key = list.path.to_token_stream();
    errors.at(
        delimiter_span(&list.delimiter),
        format_args!("`{key}` takes its options in parentheses; write `{key}(..)`"),
    );
    false
}

fn delimiter_span(delimiter: &MacroDelimiter) -> Span {
    match delimiter {
        MacroDelimiter::Paren(paren) => paren.span.join(),
        MacroDelimiter::Brace(brace) => brace.span.join(),
        MacroDelimiter::Bracket(bracket) => bracket.span.join(),
    }
}

pub(super) fn unknown(key: &Ident, name: &str, expected: &[&str], errors: &mut Errors) {
    if BON_ONLY.contains(&name) {
        return errors.spanned(
            key,
            format_args!(
                "bon's `{name}` option is not supported by `vouch::Builder`; \
                 the supported options are {}",
                list(expected)
            ),
        );
    }
    let closest = expected
        .iter()
        .map(|candidate| (distance(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= 2)
        .min();
    let message = match closest {
        Some((_, candidate)) => {
            format!("unknown option `{name}`; did you mean `{candidate}`?")
        }
        None => format!(
            "unknown option `{name}`; expected one of {}",
            list(expected)
        ),
    };
    errors.at(key.span(), message);
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Edit distance, for "did you mean" suggestions.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row.first().copied().unwrap_or_default();
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or_default();
            let left = row.get(j).copied().unwrap_or_default();
            let value = (above + 1)
                .min(left + 1)
                .min(previous + usize::from(ca != *cb));
            previous = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
        }
    }
    row.last().copied().unwrap_or_default()
}
