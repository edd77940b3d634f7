//! The options of the item's `#[builder(...)]` (the struct's, or the
//! function's): the names of what is generated (`builder_type`, `start_fn`,
//! `finish_fn`, `state_mod`), `crate`, `const`, `on(..)`, `generics(..)`
//! and `derive(..)`.

use super::FIELD_KEYS;
use super::STRUCT_KEYS;
use super::toolkit::{
    in_parens, key_of, list_ok, name_vis_doc, named, once, once_flag, unknown, word,
};
use crate::builder::model::{GenericSetters, OnRule, StructOptions};
use crate::util::attr::duplicate;
use crate::util::{CratePath, Errors};
use proc_macro2::Span;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Expr, Ident, Meta, Token, Type};

pub(crate) fn parse_struct_option(input: &mut StructOptions, meta: &Meta, errors: &mut Errors) {
    let Some(key) = key_of(meta, errors) else {
        return;
    };
    match key.to_string().as_str() {
        "builder_type" => {
            let value = named(meta, &key, "builder_type = ConfigBuilder", errors);
            once(&mut input.builder_type, &key, value, errors);
        }
        "start_fn" => {
            let value = named(meta, &key, "start_fn = new", errors);
            once(&mut input.start_fn, &key, value, errors);
        }
        "finish_fn" => {
            let value = named(meta, &key, "finish_fn = finish", errors);
            once(&mut input.finish_fn, &key, value, errors);
        }
        "state_mod" => {
            let value = named(meta, &key, "state_mod = config_state", errors);
            once(&mut input.state_mod, &key, value, errors);
        }
        "crate" => {
            let value = if let Meta::NameValue(nv) = meta {
                CratePath::from_expr(&nv.value)
                    .and_then(|path| absolute(path, &nv.value))
                    .map(|path| (key.span(), path))
            } else {
                Err(syn::Error::new(
                    key.span(),
                    "`crate` needs the path of the vouch crate; write e.g. `crate = \"::my_vouch\"`",
                ))
            };
            crate::util::krate::set(value, &mut input.krate, errors);
        }
        "const" => {
            word(meta, &key, errors);
            once_flag(&mut input.konst, key, errors);
        }
        "derive" => parse_derive(input, meta, &key, errors),
        "generics" => {
            if let Some(value) = parse_generics(meta, &key, errors) {
                once(&mut input.generic_setters, &key, value, errors);
            }
        }
        "on" => {
            if let Some(rule) = parse_on(meta, &key, errors) {
                input.on.push(rule);
            }
        }
        super::typed_builder::NOT => super::typed_builder::stray_negation(meta, errors),
        other if FIELD_KEYS.contains(&other) => errors.spanned(
            &key,
            format_args!(
                "`{other}` is an option of a field, not of the struct; \
                 move it to a `#[builder({other})]` on the field"
            ),
        ),
        other => unknown(&key, other, STRUCT_KEYS, errors),
    }
}

/// The `on(..)` rules stand together among the options, as bon asks: they
/// apply in the order written, which reads as one list only without other
/// options between them.
pub(crate) fn on_together(metas: &[Meta], errors: &mut Errors) {
    let (mut seen, mut gap) = (false, false);
    for meta in metas {
        if meta.path().is_ident("on") {
            if gap {
                errors.spanned(
                    meta.path(),
                    "this `on(..)` is apart from the `on(..)` before it; the rules apply in the \
                     order written, so keep them together: move it next to the others",
                );
            }
            seen = true;
        } else if seen {
            gap = true;
        }
    }
}

/// A `crate = ..` path that is absolute, or the error at it: generated
/// code names it from other modules, where `self::`, `super::` or a bare
/// name would mean something else.
pub(crate) fn absolute(path: CratePath, value: &Expr) -> syn::Result<CratePath> {
    if path.is_absolute() {
        return Ok(path);
    }
    Err(syn::Error::new_spanned(
        value,
        "`crate` needs an absolute path, which means the same in every module: `::name` for \
         a crate (e.g. `crate = ::vouch`), or `crate::path` for a re-export of this crate",
    ))
}

/// `on(Type, into, required)`.
fn parse_on(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<OnRule> {
    const HELP: &str = "`on` takes a type and options; write e.g. `on(String, into)`";
    let Meta::List(list) = meta else {
        errors.spanned(key, HELP);
        return None;
    };
    if !in_parens(list, errors) {
        return None;
    }
    let parsed = list.parse_args_with(|input: syn::parse::ParseStream<'_>| {
        let ty: Type = input.parse()?;
        if input.is_empty() {
            return Err(syn::Error::new(key.span(), HELP));
        }
        let comma = input.parse::<Token![,]>()?;
        if input.is_empty() {
            return Err(syn::Error::new(
                comma.span,
                "`on(Type, ..)` applies the options after the comma, and there are none; \
                 write e.g. `on(String, into)`",
            ));
        }
        let options = Punctuated::<Meta, Token![,]>::parse_terminated(input)?;
        Ok((ty, options))
    });
    let (ty, options) = errors.handle(parsed)?;
    // A type is matched by its spelling, in which an attribute (on a
    // parameter of a `fn(..)` type) takes no part.
    if let Some(pound) = attribute_in(ty.to_token_stream()) {
        errors.at(
            pound,
            "an `on(..)` type is matched by its spelling, and an attribute in it matches \
             nothing; remove the attribute",
        );
        return None;
    }
    let mut rule = OnRule {
        ty,
        into: None,
        required: None,
        overwritable: None,
        default: None,
    };
    for option in options {
        let Some(name) = key_of(&option, errors) else {
            continue;
        };
        match name.to_string().as_str() {
            "into" => {
                word(&option, &name, errors);
                once_flag(&mut rule.into, name, errors);
            }
            "required" => {
                word(&option, &name, errors);
                once_flag(&mut rule.required, name, errors);
            }
            "overwritable" => {
                word(&option, &name, errors);
                once_flag(&mut rule.overwritable, name, errors);
            }
            "default" => {
                if matches!(option, Meta::Path(_)) {
                    once_flag(&mut rule.default, name, errors);
                } else {
                    errors.spanned(
                        &name,
                        "in `on(...)`, `default` takes no value (each member gets \
                         `Default::default()`); put `default = ..` on each field instead",
                    );
                }
            }
            other if FIELD_KEYS.contains(&other) => errors.spanned(
                &name,
                format_args!(
                    "`on(...)` applies `into`, `required`, `overwritable` and `default`, not \
                     `{other}`; put `{other}` on each field instead"
                ),
            ),
            other => errors.spanned(
                &name,
                format_args!(
                    "`on(...)` applies `into`, `required`, `overwritable` and `default`, not \
                     `{other}`; remove `{other}`"
                ),
            ),
        }
    }
    Some(rule)
}

/// `generics(setters = "conv_{}")` or `generics(setters(name = "conv_{}",
/// vis = "..", doc { .. }))`: bon's conversion methods, one per type
/// parameter. `None` when it is malformed (the error is recorded).
fn parse_generics(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<GenericSetters> {
    const EXAMPLE: &str = "generics(setters = \"conv_{}\")";
    let Meta::List(list) = meta else {
        errors.spanned(
            key,
            format_args!(
                "`generics` takes its options in parentheses; write e.g. `{EXAMPLE}`, a method \
                 per type parameter that changes it"
            ),
        );
        return None;
    };
    if !list_ok(list, "generics()", EXAMPLE, errors) {
        return None;
    }
    let items =
        errors.handle(list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated))?;
    let mut setters = None;
    for item in items {
        let Some(inner) = key_of(&item, errors) else {
            continue;
        };
        if inner == "setters" {
            if let Some(value) = generic_setters(&item, &inner, errors) {
                once(&mut setters, &inner, value, errors);
            }
        } else {
            unknown(&inner, &inner.to_string(), &["setters"], errors);
        }
    }
    setters.map(|setters| setters.value)
}

/// The `setters` of `generics(..)`: a name pattern, or `(name = "..", vis =
/// "..", doc { .. })`.
fn generic_setters(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<GenericSetters> {
    const HELP: &str = "`setters` needs a name pattern in which `{}` stands for each type \
                        parameter's name in snake case; write e.g. `setters = \"conv_{}\"` or \
                        `setters(name = \"conv_{}\", vis = \"pub(crate)\")`";
    let (pattern, vis, docs) = match meta {
        Meta::Path(_) => {
            errors.spanned(key, HELP);
            return None;
        }
        Meta::NameValue(pair) => (Some(pattern_of(&pair.value, HELP, errors)?), None, None),
        Meta::List(list) => {
            if !list_ok(list, "setters()", "setters(name = \"conv_{}\")", errors) {
                return None;
            }
            let items = errors
                .handle(list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated))?;
            let (pattern, vis, docs) = name_vis_doc(
                items,
                &["doc", "name", "vis"],
                errors,
                |item, inner, errors| {
                    if let Meta::NameValue(pair) = item {
                        pattern_of(&pair.value, HELP, errors)
                    } else {
                        errors.spanned(inner, HELP);
                        None
                    }
                },
                |_, _, _| false,
            );
            if pattern.is_none() {
                errors.spanned(
                    key,
                    "`setters(..)` of `generics` needs `name`, a pattern in which `{}` stands for \
                     each type parameter's name in snake case; add e.g. `name = \"conv_{}\"`",
                );
            }
            (pattern, vis, docs)
        }
    };
    Some(GenericSetters {
        pattern: pattern?,
        vis,
        docs,
    })
}

/// A name pattern: a string holding `{}`.
fn pattern_of(value: &Expr, help: &str, errors: &mut Errors) -> Option<syn::LitStr> {
    let Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(string),
        ..
    }) = value
    else {
        errors.spanned(value, help);
        return None;
    };
    if !string.value().contains("{}") {
        errors.spanned(
            string,
            "this name pattern has no `{}`, which each type parameter's name in snake case \
             replaces, so every conversion method would have one name; write e.g. `\"conv_{}\"`",
        );
        return None;
    }
    Some(string.clone())
}

/// The `#` of the first attribute in `tokens`.
fn attribute_in(tokens: proc_macro2::TokenStream) -> Option<Span> {
    tokens.into_iter().find_map(|tree| match tree {
        proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '#' => Some(punct.span()),
        proc_macro2::TokenTree::Group(group) => attribute_in(group.stream()),
        _ => None,
    })
}

/// `derive(Clone, Debug, Into, IntoFuture(Box))`; `Clone` and `Debug` may
/// take `(bounds(T: Trait, ..))`.
fn parse_derive(input: &mut StructOptions, meta: &Meta, key: &Ident, errors: &mut Errors) {
    let Meta::List(list) = meta else {
        return errors.spanned(
            key,
            "`derive` needs a list of traits; write e.g. `derive(Clone, Debug)`",
        );
    };
    if !list_ok(list, "derive()", "derive(Clone, Debug)", errors) {
        return;
    }
    let traits = match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
        Ok(traits) => traits,
        Err(error) => return errors.push(error),
    };
    for item in traits {
        let Some(name) = key_of(&item, errors) else {
            continue;
        };
        if name == "IntoFuture" {
            parse_into_future(input, &item, name, errors);
            continue;
        }
        let bounds = match (&item, name.to_string().as_str()) {
            (Meta::Path(_), _) => Vec::new(),
            (Meta::List(list), "Clone" | "Debug") => errors
                .handle(list.parse_args_with(|stream: syn::parse::ParseStream<'_>| {
                    derive_bounds(stream, &name)
                }))
                .into_iter()
                .flatten()
                .collect(),
            _ => {
                errors.spanned(
                    &name,
                    format_args!("`derive({name})` takes no arguments; write `derive({name})`"),
                );
                continue;
            }
        };
        match name.to_string().as_str() {
            "Clone" => {
                once_flag(&mut input.derive_clone, name, errors);
                input.clone_bounds.extend(bounds);
            }
            "Debug" => {
                once_flag(&mut input.derive_debug, name, errors);
                input.debug_bounds.extend(bounds);
            }
            "Into" => once_flag(&mut input.derive_into, name, errors),
            other => errors.spanned(
                &name,
                format_args!(
                    "the builder can derive `Clone`, `Debug`, `Into` and `IntoFuture`, not \
                     `{other}`; write e.g. `derive(Clone, Debug)`"
                ),
            ),
        }
    }
}

/// `bounds(T: Trait, ..)` inside `derive(Clone(..))` / `derive(Debug(..))`.
fn derive_bounds(
    stream: syn::parse::ParseStream<'_>,
    name: &Ident,
) -> syn::Result<Punctuated<syn::WherePredicate, Token![,]>> {
    let key: Ident = stream.parse()?;
    if key != "bounds" {
        return Err(syn::Error::new(
            key.span(),
            format_args!(
                "`derive({name}(..))` takes `bounds(..)`; write e.g. \
                 `derive({name}(bounds(T: {name})))`"
            ),
        ));
    }
    let content;
    syn::parenthesized!(content in stream);
    Punctuated::<syn::WherePredicate, Token![,]>::parse_terminated(&content)
}

/// `IntoFuture(Box)` or `IntoFuture(Box, ?Send)`: the builder of an `async`
/// function awaited directly, through a boxed future.
fn parse_into_future(input: &mut StructOptions, item: &Meta, name: Ident, errors: &mut Errors) {
    const HELP: &str = "`derive(IntoFuture(..))` boxes the future; write \
                        `derive(IntoFuture(Box))`, or `derive(IntoFuture(Box, ?Send))` for a \
                        future that is not `Send`";
    let Meta::List(list) = item else {
        return errors.spanned(&name, HELP);
    };
    let parsed = list.parse_args_with(|stream: syn::parse::ParseStream<'_>| {
        let boxed: Ident = stream.parse()?;
        if boxed != "Box" {
            return Err(syn::Error::new(boxed.span(), HELP));
        }
        if stream.is_empty() {
            return Ok(true);
        }
        stream.parse::<Token![,]>()?;
        stream.parse::<Token![?]>()?;
        let send: Ident = stream.parse()?;
        if send != "Send" {
            return Err(syn::Error::new(send.span(), HELP));
        }
        Ok(false)
    });
    if let Some(send) = errors.handle(parsed) {
        if input.derive_into_future.is_some() {
            duplicate(errors, &name, "`IntoFuture`");
        } else {
            input.derive_into_future = Some((name, send));
        }
    }
}
