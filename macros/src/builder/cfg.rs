//! `#[cfg]` and `#[cfg_attr]` on the arguments of a function builder. A
//! proc macro cannot evaluate a `cfg`, so the builder asks the compiler:
//! it hands the function, with the predicates its arguments' outermost
//! `cfg`s name, to the runtime's `__vouch_builder_cfg!`, which puts each
//! predicate on one of two macro calls (`#[cfg(p)]`, `#[cfg(not(p))]`),
//! and at the end calls `#[vouch::builder]` again with the answers
//! (`__cfgs = [true, false, ..]`). Those are applied to the function, and
//! nested `cfg_attr`s take another round, until none is left.
//!
//! A `#[vouch::bon]` block takes the same rounds as a whole: the answers
//! for all its builder methods, in order, come back to `#[vouch::bon]`.

use crate::util::split_commas;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Attribute, FnArg, Meta};

/// The internal argument carrying the answers.
pub(crate) const ANSWERS: &str = "__cfgs";

fn is_cfg(attr: &Attribute) -> bool {
    attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr")
}

/// The predicate of a `#[cfg(p)]` or `#[cfg_attr(p, ..)]`.
fn predicate(attr: &Attribute) -> Option<TokenStream> {
    let list = attr.meta.require_list().ok()?;
    if attr.path().is_ident("cfg") {
        return Some(list.tokens.clone());
    }
    split_commas(list.tokens.clone())
        .into_iter()
        .next()
        .map(|(pred, _)| pred)
}

/// The predicates of the arguments' outermost `cfg`s, in order.
pub(crate) fn predicates(sig: &syn::Signature) -> Vec<TokenStream> {
    sig.inputs
        .iter()
        .filter_map(|arg| match arg {
            FnArg::Typed(typed) => Some(&typed.attrs),
            FnArg::Receiver(_) => None,
        })
        .flatten()
        .filter(|attr| is_cfg(attr))
        .filter_map(predicate)
        .collect()
}

/// Applies `answers`, one per outermost `cfg` in order: an argument under
/// a false `#[cfg]` goes, a true `#[cfg]` goes, a true `#[cfg_attr]` gives
/// its attributes, a false one nothing.
pub(crate) fn apply(sig: &mut syn::Signature, answers: &[bool]) {
    let mut answers = answers.iter().copied();
    let inputs = std::mem::take(&mut sig.inputs);
    for mut arg in inputs {
        if let FnArg::Typed(typed) = &mut arg {
            let mut keep = true;
            let mut attrs = Vec::new();
            for attr in std::mem::take(&mut typed.attrs) {
                // A malformed one was not asked about: it stays, and the
                // builder reports it.
                if !is_cfg(&attr) || predicate(&attr).is_none() {
                    attrs.push(attr);
                    continue;
                }
                let answer = answers.next().unwrap_or(true);
                if attr.path().is_ident("cfg") {
                    keep &= answer;
                } else if answer {
                    attrs.extend(cfg_attr_contents(&attr));
                }
            }
            typed.attrs = attrs;
            if !keep {
                continue;
            }
        }
        sig.inputs.push(arg);
    }
}

/// Whether a function of an impl block has a builder (`#[builder]`).
pub(super) fn has_builder(method: &syn::ImplItemFn) -> bool {
    method
        .attrs
        .iter()
        .any(|attr| attr.path().is_ident("builder"))
}

/// Whether a `#[cfg_attr(p, ..)]` on a function of an impl block would
/// give it a `#[builder]`, directly or through a nested `cfg_attr`.
fn gives_builder(attr: &Attribute) -> bool {
    attr.path().is_ident("cfg_attr")
        && cfg_attr_contents(attr)
            .iter()
            .any(|inner| inner.path().is_ident("builder") || gives_builder(inner))
}

/// The predicates a round asks about, in order: for each function of the
/// block, those of its `cfg_attr`s that may give it a `#[builder]`, then,
/// if it has one already, those of its arguments.
pub(crate) fn method_predicates(items: &[syn::ImplItem]) -> Vec<TokenStream> {
    let mut asked = Vec::new();
    for item in items {
        let syn::ImplItem::Fn(method) = item else {
            continue;
        };
        asked.extend(
            method
                .attrs
                .iter()
                .filter(|attr| gives_builder(attr))
                .filter_map(predicate),
        );
        if has_builder(method) {
            asked.extend(predicates(&method.sig));
        }
    }
    asked
}

/// Applies the answers for a whole impl block, in the order
/// `method_predicates` asked.
pub(crate) fn apply_to_methods(items: &mut [syn::ImplItem], answers: &[bool]) {
    let mut answers = answers.iter().copied();
    for item in items {
        let syn::ImplItem::Fn(method) = item else {
            continue;
        };
        let marked = has_builder(method);
        let mut attrs = Vec::new();
        for attr in std::mem::take(&mut method.attrs) {
            if !gives_builder(&attr) || predicate(&attr).is_none() {
                attrs.push(attr);
                continue;
            }
            if answers.next().unwrap_or(false) {
                attrs.extend(cfg_attr_contents(&attr));
            }
        }
        method.attrs = attrs;
        if marked {
            let count = predicates(&method.sig).len();
            let own: Vec<bool> = answers.by_ref().take(count).collect();
            apply(&mut method.sig, &own);
        }
    }
}

/// The attributes a true `#[cfg_attr(p, a, b)]` stands for: `#[a] #[b]`.
fn cfg_attr_contents(attr: &Attribute) -> Vec<Attribute> {
    let Ok(list) = attr.meta.require_list() else {
        return Vec::new();
    };
    split_commas(list.tokens.clone())
        .into_iter()
        .skip(1)
        .filter(|(piece, _)| !piece.is_empty())
        .filter_map(|(piece, _)| syn::parse2::<Meta>(piece).ok())
        .map(|meta| syn::parse_quote!(#[#meta]))
        .collect()
}

/// The answers in the builder's arguments, if this is a later round; the
/// other arguments are returned as they are.
pub(crate) fn answers(options: Vec<Meta>) -> (Option<Vec<bool>>, Vec<Meta>) {
    let mut answers = None;
    let mut rest = Vec::new();
    for meta in options {
        match &meta {
            Meta::NameValue(pair) if pair.path.is_ident(ANSWERS) => {
                if let syn::Expr::Array(array) = &pair.value {
                    answers = Some(array.elems.iter().map(is_true).collect());
                }
            }
            _ => rest.push(meta),
        }
    }
    (answers, rest)
}

/// An answer as `__vouch_builder_cfg!` writes it: `true` or `false`.
fn is_true(answer: &syn::Expr) -> bool {
    let false_ =
        matches!(answer, syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Bool(b), .. }) if !b.value);
    !false_
}

/// Which attribute the last round calls again with the answers.
#[derive(Clone, Copy)]
pub(crate) enum Entry {
    /// `#[vouch::builder]` on a function.
    Builder,
    /// `#[vouch::bon]` on an impl block.
    Bon,
}

/// The round that asks the compiler: `item` and the macro's `options`
/// handed to the runtime's macro with `predicates`.
pub(crate) fn ask(
    predicates: &[TokenStream],
    options: &[Meta],
    entry: Entry,
    item: &impl ToTokens,
) -> TokenStream {
    let krate = options
        .iter()
        .find(|meta| meta.path().is_ident("crate"))
        .and_then(|meta| match meta {
            Meta::NameValue(pair) => crate::util::CratePath::from_expr(&pair.value).ok(),
            _ => None,
        })
        .unwrap_or_default();
    let entry = match entry {
        Entry::Builder => quote!(builder),
        Entry::Bon => quote!(bon),
    };
    let item = item.to_token_stream();
    quote! {
        #krate::__vouch_builder_cfg! {
            [#((#predicates))*] [] #entry (#(#options,)*) { #item }
        }
    }
}
