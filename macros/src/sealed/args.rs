//! Parsing the arguments of `#[vouch::sealed(...)]`, shared by the trait
//! and the impl attribute (each refuses the arguments that are not its own).
//!
//! The list is read argument by argument: one bad argument is recorded and
//! the reader moves to the next comma, so the user sees every mistake of the
//! attribute at once. A missing or doubled comma is reported at the token
//! where the comma was expected.

use crate::util::attr::{Spanned, duplicate};
use crate::util::{CratePath, Errors};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};

/// Where the seal lets a trait be implemented: the scope of the hidden
/// `Sealed` supertrait, relative to the trait's module.
#[derive(Clone)]
pub(crate) enum Scope {
    /// No argument, `pub(self)` or `pub(in self)`: the trait's own module
    /// and its submodules, as with the `sealed` crate.
    Module,
    /// `pub(crate)`: anywhere in the crate.
    Crate,
    /// `pub(super)` or `pub(in path)`: the module `path` names, from the
    /// trait's module.
    In(syn::Path),
}

/// The arguments of `#[vouch::sealed(...)]`, each with the token it came from.
#[derive(Default)]
pub(crate) struct SealArgs {
    /// `erase`: accepted for compatibility with the `sealed` crate. vouch
    /// always erases the bounds of the hidden supertrait, so it changes
    /// nothing.
    pub(crate) erase: Option<Spanned<()>>,
    /// `pub(crate)`, `pub(super)`, `pub(self)` or `pub(in path)`: who may
    /// implement the trait (default: its own module).
    pub(crate) scope: Option<Spanned<Scope>>,
    /// `no_implicit_prelude`: the trait is in a `#![no_implicit_prelude]`
    /// module, where rustc cannot resolve the `diagnostic::` namespace, so
    /// the seal goes without its `#[diagnostic::on_unimplemented]` message.
    pub(crate) no_implicit_prelude: Option<Spanned<()>>,
    /// `crate = path`: where generated code finds the vouch runtime.
    pub(crate) krate: Option<Spanned<CratePath>>,
}

const EXPECTED: &str = "expected `erase`, `pub(crate)`, `pub(super)`, `pub(in path)`, \
                        `no_implicit_prelude` or `crate = path`";

/// Parses the arguments of `#[vouch::sealed(...)]`.
pub(crate) fn parse_args(args: TokenStream, errors: &mut Errors) -> SealArgs {
    let mut parsed = SealArgs::default();
    let parser = |input: ParseStream<'_>| {
        read_list(input, &mut parsed, errors);
        Ok(())
    };
    // `read_list` consumes every token and records its errors itself.
    if let Err(error) = parser.parse2(args) {
        errors.push(error);
    }
    parsed
}

fn read_list(input: ParseStream<'_>, parsed: &mut SealArgs, errors: &mut Errors) {
    while !input.is_empty() {
        if input.peek(syn::Token![,]) {
            let comma = skip_one(input);
            errors.spanned(
                comma,
                "expected an argument before this `,`; remove the extra comma",
            );
            continue;
        }
        read_one(input, parsed, errors);
        // After an argument: the end, or a comma and the next argument.
        if input.is_empty() {
            break;
        }
        if input.peek(syn::Token![,]) {
            let _ = skip_one(input);
            continue;
        }
        let next = skip_to_comma(input);
        errors.spanned(
            next,
            "expected `,` between two arguments of `#[vouch::sealed]`; \
             write e.g. `#[vouch::sealed(erase, pub(crate))]`",
        );
        if input.peek(syn::Token![,]) {
            let _ = skip_one(input);
        }
    }
}

/// Reads one argument; on a mistake records it and skips to the next comma.
fn read_one(input: ParseStream<'_>, parsed: &mut SealArgs, errors: &mut Errors) {
    if input.peek(syn::Token![pub]) {
        return read_scope(input, parsed, errors);
    }
    if input.peek(syn::Token![crate]) {
        return read_crate(input, parsed, errors);
    }
    let Ok(word) = input.call(syn::Ident::parse_any) else {
        let rest = skip_to_comma(input);
        errors.spanned(
            rest,
            format_args!("unknown argument of `#[vouch::sealed]`; {EXPECTED}"),
        );
        return;
    };
    let flag = |slot: &mut Option<Spanned<()>>, errors: &mut Errors| {
        if input.peek(syn::Token![=]) || input.peek(syn::token::Paren) {
            let rest = skip_to_comma(input);
            errors.spanned(
                rest,
                format_args!("`{word}` takes no value; write `#[vouch::sealed({word})]`"),
            );
        } else if slot.is_some() {
            duplicate(errors, &word, format_args!("`{word}` argument"));
        } else {
            *slot = Some(Spanned {
                value: (),
                span: word.span(),
            });
        }
    };
    match crate::util::ident::name(&word).as_str() {
        "erase" => flag(&mut parsed.erase, errors),
        "no_implicit_prelude" => flag(&mut parsed.no_implicit_prelude, errors),
        "partial" => {
            let _ = skip_to_comma(input);
            errors.spanned(
                &word,
                "`partial` sealing of single methods is not supported by vouch; \
                 seal the whole trait with `#[vouch::sealed]`",
            );
        }
        _ => {
            let _ = skip_to_comma(input);
            errors.spanned(
                &word,
                format_args!("unknown argument `{word}` of `#[vouch::sealed]`; {EXPECTED}"),
            );
        }
    }
}

/// `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`; `pub` alone is
/// refused: every crate could then implement the trait.
fn read_scope(input: ParseStream<'_>, parsed: &mut SealArgs, errors: &mut Errors) {
    let fork = input.fork();
    let Ok(vis) = fork.parse::<syn::Visibility>() else {
        let rest = skip_to_comma(input);
        errors.spanned(
            rest,
            "malformed visibility; write `pub(crate)`, `pub(super)` or `pub(in path)`",
        );
        return;
    };
    input.advance_to(&fork);
    let scope = match &vis {
        // `pub(crate::shapes)`: a path needs `in`.
        syn::Visibility::Public(token) if input.peek(syn::token::Paren) => {
            let group = skip_one(input);
            let path = group.clone().into_iter().next().map(|tree| match tree {
                TokenTree::Group(group) => group.stream().to_string(),
                other => other.to_string(),
            });
            errors.spanned(
                quote::quote!(#token #group),
                format_args!(
                    "malformed visibility; a path needs `in`: write `pub(in {})`",
                    path.unwrap_or_default()
                ),
            );
            return;
        }
        syn::Visibility::Public(token) => {
            errors.spanned(
                token,
                "a `pub` seal would let every crate implement the trait; \
                 write `pub(crate)` or `pub(in path)`, or nothing (only the trait's module)",
            );
            return;
        }
        syn::Visibility::Restricted(restricted) => {
            let path = &*restricted.path;
            if path.is_ident("crate") {
                Scope::Crate
            } else if path.is_ident("self") {
                Scope::Module
            } else {
                Scope::In(path.clone())
            }
        }
        // `syn::Visibility::parse` only returns `Inherited` when there is no
        // `pub`, which `peek` ruled out.
        syn::Visibility::Inherited => return,
    };
    if parsed.scope.is_some() {
        duplicate(errors, &vis, "visibility argument");
    } else {
        parsed.scope = Some(Spanned {
            value: scope,
            span: spanned_of(&vis),
        });
    }
}

fn read_crate(input: ParseStream<'_>, parsed: &mut SealArgs, errors: &mut Errors) {
    let value = crate::util::krate::parse(input);
    if value.is_err() {
        let _ = skip_to_comma(input);
    }
    crate::util::krate::set(value, &mut parsed.krate, errors);
}

/// The span of a whole visibility, for the duplicate error.
fn spanned_of(vis: &syn::Visibility) -> Span {
    syn::spanned::Spanned::span(vis)
}

/// Consumes one token tree (a `,`, most often) and returns it as tokens;
/// nothing at the end of the input.
fn skip_one(input: ParseStream<'_>) -> TokenStream {
    input
        .step(|cursor| match cursor.token_tree() {
            Some((tree, rest)) => Ok((TokenStream::from(tree), rest)),
            None => Ok((TokenStream::new(), *cursor)),
        })
        .unwrap_or_default()
}

/// Consumes the tokens up to (not including) the next top-level comma and
/// returns them, for an error spanned over the whole bad argument.
fn skip_to_comma(input: ParseStream<'_>) -> TokenStream {
    let mut skipped = TokenStream::new();
    while !input.is_empty() && !input.peek(syn::Token![,]) {
        skipped.extend(skip_one(input));
    }
    skipped
}

/// The scope as a visibility written two modules below the trait's module
/// (in the key module): `self` becomes `super::super`, `super` becomes
/// `super::super::super`, `crate::..` stays.
pub(crate) fn scope_from_grandchild(scope: &Scope) -> TokenStream {
    match scope {
        Scope::Module => quote::quote!(pub(in super::super)),
        Scope::Crate => quote::quote!(pub(crate)),
        Scope::In(path) => {
            let first = path
                .segments
                .first()
                .map(|segment| segment.ident.to_string());
            let path = match first.as_deref() {
                Some("self") => {
                    let rest = path.segments.iter().skip(1);
                    quote::quote!(super::super #(:: #rest)*)
                }
                Some("super") => quote::quote!(super::super :: #path),
                _ => path.to_token_stream(),
            };
            quote::quote!(pub(in #path))
        }
    }
}
