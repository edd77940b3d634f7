//! Parsing: the item and its `#[builder(...)]` attributes into the
//! [`Model`], which [`Model::new`] fills.
//!
//! The syntax is bon's struct-builder syntax, so moving from
//! `#[derive(bon::Builder)]` is a path change. Options are read one by one
//! from a `syn::Meta` list rather than through darling, because every
//! message here is written for the user: an unknown key names the options
//! that exist (and the closest one), a bon option vouch does not offer says
//! so, a duplicate points at its second occurrence. Every problem of every
//! attribute of every field is recorded; none stops the parse.

use crate::builder::model::{
    Field, FieldOptions, GenericSetters, Getter, GetterMode, Model, Named, OnRule, StructOptions,
};
use crate::util::attr::{Spanned, duplicate};
use crate::util::{CratePath, Errors};
use proc_macro2::Span;
use quote::ToTokens;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, Ident, MacroDelimiter, Meta, Token, Type, Visibility};

const FIELD_KEYS: &[&str] = &[
    "default",
    "field",
    "finish_fn",
    "getter",
    "into",
    "name",
    "overwritable",
    "required",
    "setters",
    "skip",
    "start_fn",
    "with",
];
const STRUCT_KEYS: &[&str] = &[
    "builder_type",
    "const",
    "crate",
    "derive",
    "finish_fn",
    "generics",
    "on",
    "start_fn",
    "state_mod",
];
/// bon options vouch does not offer (yet): named in their own error so a
/// migrating user knows the key is understood, just not supported.
const BON_ONLY: &[&str] = &["transparent", "finish_fn_arg", "start_fn_arg"];

/// Reads the item. `None` when it is not a struct with named fields (the
/// error is recorded).
pub(crate) fn parse(input: &syn::DeriveInput, errors: &mut Errors) -> Option<Model> {
    let fields: Vec<&syn::Field> = match &input.data {
        syn::Data::Struct(data) => match &data.fields {
            syn::Fields::Named(named) => named.named.iter().collect(),
            syn::Fields::Unit => Vec::new(),
            syn::Fields::Unnamed(unnamed) => {
                errors.spanned(
                    unnamed,
                    "`derive(Builder)` needs named fields, and this is a tuple struct; \
                     name the fields (`struct Name { field: Type }`), since each setter is named \
                     after its field",
                );
                return None;
            }
        },
        syn::Data::Enum(data) => {
            errors.spanned(
                data.enum_token,
                "`derive(Builder)` supports structs with named fields, not enums; \
                 derive it on a `struct Name { field: Type }`, or write a constructor per variant",
            );
            return None;
        }
        syn::Data::Union(data) => {
            errors.spanned(
                data.union_token,
                "`derive(Builder)` supports structs with named fields, not unions; \
                 derive it on a `struct Name { field: Type }`",
            );
            return None;
        }
    };
    let mut parsed = StructOptions::default();
    let metas = options(&input.attrs, errors);
    on_together(&metas, errors);
    for meta in &metas {
        parse_struct_option(&mut parsed, meta, errors);
    }
    let fields = fields
        .into_iter()
        .filter_map(|field| parse_field(field, errors))
        .collect();
    Some(Model::new(
        input.ident.clone(),
        &input.vis,
        input.generics.clone(),
        fields,
        parsed,
    ))
}

/// Every `key`, `key = value` and `key(...)` of every `#[builder(...)]`.
fn options(attrs: &[Attribute], errors: &mut Errors) -> Vec<Meta> {
    let mut metas = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("builder")) {
        let Ok(list) = attr.meta.require_list() else {
            errors.spanned(
                attr.path(),
                "`builder` expects a list of options; write e.g. `#[builder(default)]`",
            );
            continue;
        };
        if !list_ok(list, "#[builder()]", "#[builder(default)]", errors) {
            continue;
        }
        metas.extend(option_list(list, errors));
    }
    metas
}

/// The options of one `builder(..)` list.
pub(super) fn option_list(list: &syn::MetaList, errors: &mut Errors) -> Vec<Meta> {
    let parsed = list.parse_args_with(parse_options);
    errors.handle(parsed).unwrap_or_default()
}

/// The options of `#[vouch::builder(..)]`, given as the macro's arguments.
pub(super) fn option_args(tokens: proc_macro2::TokenStream, errors: &mut Errors) -> Vec<Meta> {
    let parsed = parse_options.parse2(tokens);
    errors.handle(parsed).unwrap_or_default()
}

/// Options separated by commas. bon's `const` is a keyword, which no
/// `Meta` parses: it is read as the option named `const` (a path of that
/// one word, which prints back as the keyword when the options are handed
/// to another round of the macro, see `cfg.rs`).
pub(super) fn parse_options(input: syn::parse::ParseStream<'_>) -> syn::Result<Vec<Meta>> {
    let mut metas = Vec::new();
    while !input.is_empty() {
        if input.peek(Token![const]) {
            let token: Token![const] = input.parse()?;
            let word = Ident::new("const", token.span);
            metas.push(Meta::Path(syn::Path::from(word)));
        } else {
            metas.push(input.parse()?);
        }
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(metas)
}

fn parse_field(field: &syn::Field, errors: &mut Errors) -> Option<Field> {
    let ident = field.ident.clone()?;
    Some(Field {
        options: field_options(&field.attrs, errors),
        ident,
        ty: field.ty.clone(),
        docs: field
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("doc"))
            .cloned()
            .collect(),
    })
}

/// The options of the `#[builder(...)]` attributes of a field or argument.
pub(crate) fn field_options(attrs: &[Attribute], errors: &mut Errors) -> FieldOptions {
    let mut parsed = FieldOptions::default();
    for meta in options(attrs, errors) {
        field_option(&mut parsed, &meta, errors);
    }
    parsed
}

/// One option of a field's or argument's `#[builder(...)]`.
fn field_option(parsed: &mut FieldOptions, meta: &Meta, errors: &mut Errors) {
    let Some(key) = key_of(meta, errors) else {
        return;
    };
    match key.to_string().as_str() {
        "default" => {
            let value = optional_value(meta, &key, errors);
            once(&mut parsed.default, &key, value, errors);
        }
        "skip" => {
            let value = optional_value(meta, &key, errors);
            once(&mut parsed.skip, &key, value, errors);
        }
        "field" => {
            let value = optional_value(meta, &key, errors);
            once(&mut parsed.field, &key, value, errors);
        }
        "into" => {
            word(meta, &key, errors);
            once_flag(&mut parsed.into, key, errors);
        }
        "required" => {
            word(meta, &key, errors);
            once_flag(&mut parsed.required, key, errors);
        }
        "overwritable" => {
            word(meta, &key, errors);
            once_flag(&mut parsed.overwritable, key, errors);
        }
        "getter" => {
            let getter = getter(meta, errors);
            once(&mut parsed.getter, &key, getter, errors);
        }
        "setters" => {
            parsed.setters.get_or_insert_with(|| key.clone());
            let Some(meta) = setter_fns(meta, parsed, errors) else {
                return;
            };
            let named = named(&meta, &key, "setters(name = set_port)", errors);
            if let Some(name) = named.name {
                once(&mut parsed.name, &key, name, errors);
            }
            parsed.setter_vis = named.vis;
            parsed.setter_docs = named.docs;
        }
        "name" => {
            if let Some(name) = ident_value(meta, &key, "name = set_port", errors) {
                once(&mut parsed.name, &key, name, errors);
            }
        }
        "with" => {
            if let Meta::NameValue(pair) = meta {
                once(&mut parsed.with, &key, pair.value.clone(), errors);
            } else {
                errors.spanned(
                    &key,
                    "`with` needs a closure that makes the value from the setter's \
                     arguments; write e.g. `with = |x: u32, y: u32| x + y`",
                );
            }
        }
        // bon's positional members: the bare key on a field.
        "start_fn" | "finish_fn" if matches!(meta, Meta::Path(_)) => {
            let slot = if key == "start_fn" {
                &mut parsed.start_fn
            } else {
                &mut parsed.finish_fn
            };
            once_flag(slot, key, errors);
        }
        other @ ("start_fn" | "finish_fn") => {
            let what = if other == "start_fn" {
                "start function"
            } else {
                "finishing method"
            };
            errors.spanned(
                &key,
                format_args!(
                    "on a field, `{other}` takes no value: `#[builder({other})]` makes the \
                     field an argument of the {what} instead of a setter; name the {what} \
                     in a `#[builder({other} = ..)]` above the item"
                ),
            );
        }
        other if STRUCT_KEYS.contains(&other) => errors.spanned(
            &key,
            format_args!(
                "`{other}` is an option of the struct, not of a field; \
                 move it to a `#[builder(...)]` above the struct"
            ),
        ),
        other => unknown(&key, other, FIELD_KEYS, errors),
    }
}

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
    let (mut pattern, mut vis, mut docs) = (None, None, None);
    match meta {
        Meta::Path(_) => {
            errors.spanned(key, HELP);
            return None;
        }
        Meta::NameValue(pair) => {
            pattern = Some(Spanned {
                value: pattern_of(&pair.value, HELP, errors)?,
                span: key.span(),
            });
        }
        Meta::List(list) => {
            if !list_ok(list, "setters()", "setters(name = \"conv_{}\")", errors) {
                return None;
            }
            let items = errors
                .handle(list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated))?;
            for item in items {
                let Some(inner) = key_of(&item, errors) else {
                    continue;
                };
                match inner.to_string().as_str() {
                    "name" => {
                        let value = if let Meta::NameValue(pair) = &item {
                            pattern_of(&pair.value, HELP, errors)
                        } else {
                            errors.spanned(&inner, HELP);
                            None
                        };
                        if let Some(value) = value {
                            once(&mut pattern, &inner, value, errors);
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
                    other => unknown(&inner, other, &["doc", "name", "vis"], errors),
                }
            }
            if pattern.is_none() {
                errors.spanned(
                    key,
                    "`setters(..)` of `generics` needs `name`, a pattern in which `{}` stands for \
                     each type parameter's name in snake case; add e.g. `name = \"conv_{}\"`",
                );
            }
        }
    }
    Some(GenericSetters {
        pattern: pattern?.value,
        vis: vis.map(|vis| vis.value),
        docs: docs.map(|docs| docs.value),
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

/// The single identifier naming an option, or an error at the path.
fn key_of(meta: &Meta, errors: &mut Errors) -> Option<Ident> {
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
fn once<T>(slot: &mut Option<Spanned<T>>, key: &Ident, value: T, errors: &mut Errors) {
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
fn once_flag(slot: &mut Option<Ident>, key: Ident, errors: &mut Errors) {
    if slot.is_some() {
        duplicate(errors, &key, format_args!("option `{key}`"));
    } else {
        *slot = Some(key);
    }
}

/// `key` alone; a value or list on it is an error at the key.
fn word(meta: &Meta, key: &Ident, errors: &mut Errors) {
    if !matches!(meta, Meta::Path(_)) {
        errors.spanned(
            key,
            format_args!("`{key}` takes no value; write just `{key}`"),
        );
    }
}

/// `key` or `key = expr`.
fn optional_value(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<Expr> {
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
fn ident_value(meta: &Meta, key: &Ident, example: &str, errors: &mut Errors) -> Option<Ident> {
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
fn named(meta: &Meta, key: &Ident, example: &str, errors: &mut Errors) -> Named {
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
            let (mut name, mut vis, mut docs) = (None, None, None);
            for item in items {
                let Some(inner) = key_of(&item, errors) else {
                    continue;
                };
                match inner.to_string().as_str() {
                    "name" => {
                        if let Some(value) = ident_value(&item, &inner, example, errors) {
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
                    other => unknown(&inner, other, &["doc", "name", "vis"], errors),
                }
            }
            named.name = name.map(|name| name.value);
            named.vis = vis.map(|vis| vis.value);
            named.docs = docs.map(|docs| docs.value);
        }
    }
    named
}

/// Reads `some_fn = ..` / `option_fn = ..` out of `setters(..)`, and
/// returns the rest for the shared `name`/`vis`/`doc` reader.
fn setter_fns(meta: &Meta, parsed: &mut FieldOptions, errors: &mut Errors) -> Option<Meta> {
    let Meta::List(list) = meta else {
        return Some(meta.clone());
    };
    // Checked here, since the rest is handed on in parentheses.
    if !list_ok(list, "setters()", "setters(name = set_port)", errors) {
        return None;
    }
    let Ok(items) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) else {
        return Some(meta.clone());
    };
    let mut rest = Vec::new();
    let mut overrides: Vec<Named> = Vec::new();
    for item in items {
        let key = item.path().get_ident().cloned();
        match key {
            Some(key) if key == "some_fn" || key == "option_fn" => {
                let example = format!("{key} = set_port");
                let value = named(&item, &key, &example, errors);
                let slot = if key == "some_fn" {
                    &mut parsed.some_fn
                } else {
                    &mut parsed.option_fn
                };
                if slot.is_none() {
                    overrides.push(Named {
                        name: value.name.clone(),
                        vis: value.vis.clone(),
                        docs: value.docs.clone(),
                    });
                }
                once(slot, &key, value, errors);
            }
            _ => rest.push(item),
        }
    }
    // `name`, `vis` and `doc` of `setters(..)` are for the setters that do
    // not give their own: with both giving it, it is for none of them (the
    // check knows whether a getter takes the name or the visibility).
    if let [some, option] = overrides.as_slice() {
        for item in &rest {
            let overridden = match item.path().get_ident() {
                Some(key) if key == "name" => some.name.is_some() && option.name.is_some(),
                Some(key) if key == "vis" => some.vis.is_some() && option.vis.is_some(),
                Some(key) if key == "doc" => some.docs.is_some() && option.docs.is_some(),
                _ => false,
            };
            if let Some(key) = item.path().get_ident().filter(|_| overridden) {
                parsed.overridden.push(key.clone());
            }
        }
    }
    if rest.is_empty() {
        return None;
    }
    let path = &list.path;
    Some(syn::parse_quote!(#path(#(#rest),*)))
}

/// `getter`, or `getter(name = x, vis = "..", doc { .. }, copy | clone |
/// deref | deref(Target))`.
fn getter(meta: &Meta, errors: &mut Errors) -> Getter {
    let mut getter = Getter::default();
    let Meta::List(list) = meta else {
        if let Meta::NameValue(pair) = meta {
            errors.spanned(
                pair,
                "`getter` takes options in parentheses; write `getter` or e.g. \
                 `getter(name = port_of, clone)`",
            );
        }
        return getter;
    };
    if !list_ok(list, "getter()", "getter(clone)", errors) {
        return getter;
    }
    let items = match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
        Ok(items) => items,
        Err(error) => {
            errors.push(error);
            return getter;
        }
    };
    let mut mode: Option<Spanned<GetterMode>> = None;
    let (mut name, mut vis, mut docs) = (None, None, None);
    for item in items {
        let Some(key) = key_of(&item, errors) else {
            continue;
        };
        match key.to_string().as_str() {
            "name" => {
                if let Some(value) = ident_value(&item, &key, "name = port_of", errors) {
                    once(&mut name, &key, value, errors);
                }
            }
            "vis" => {
                if let Some(value) = visibility(&item, &key, errors) {
                    once(&mut vis, &key, value, errors);
                }
            }
            "doc" => {
                if let Some(value) = doc_block(&item, &key, errors) {
                    once(&mut docs, &key, value, errors);
                }
            }
            "copy" | "clone" | "deref" => {
                let value = match (&item, key.to_string().as_str()) {
                    (Meta::Path(_), "copy") => GetterMode::Copy,
                    (Meta::Path(_), "clone") => GetterMode::Clone,
                    (Meta::Path(_), _) => GetterMode::Deref(None),
                    (Meta::List(list), "deref") => match errors.handle(list.parse_args::<Type>()) {
                        Some(target) => GetterMode::Deref(Some(Box::new(target))),
                        None => continue,
                    },
                    _ => {
                        errors.spanned(
                            &key,
                            format_args!("`{key}` takes no value; write `getter({key})`"),
                        );
                        continue;
                    }
                };
                if mode.is_some() {
                    errors.spanned(
                        &key,
                        "a getter returns a reference, a copy, a clone or a deref, not two of \
                         them; keep one of `copy`, `clone`, `deref`",
                    );
                } else {
                    mode = Some(Spanned {
                        value,
                        span: key.span(),
                    });
                }
            }
            other => unknown(
                &key,
                other,
                &["clone", "copy", "deref", "doc", "name", "vis"],
                errors,
            ),
        }
    }
    getter.name = name.map(|name| name.value);
    getter.vis = vis.map(|vis| vis.value);
    getter.docs = docs.map(|docs| docs.value);
    getter.mode_key = mode.as_ref().map(|mode| mode.span);
    getter.mode = mode.map(|mode| mode.value).unwrap_or_default();
    getter
}

/// `doc { /// text }`: doc comments only.
fn doc_block(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<Vec<Attribute>> {
    const HELP: &str = "`doc` takes doc comments in braces; write e.g. `doc { /// Builds it. }`";
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
fn visibility(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<Visibility> {
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
fn list_ok(list: &syn::MetaList, empty: &str, example: &str, errors: &mut Errors) -> bool {
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
fn in_parens(list: &syn::MetaList, errors: &mut Errors) -> bool {
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

fn unknown(key: &Ident, name: &str, expected: &[&str], errors: &mut Errors) {
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
