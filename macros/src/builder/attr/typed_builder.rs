//! typed-builder's spellings, translated into vouch's (bon's) before the
//! readers of [`super::item`] and [`super::field`] see them, so a user of
//! `#[derive(TypedBuilder)]` moves over with a path change.
//!
//! The translation works on the option lists, not on the model: each
//! typed-builder option becomes the vouch option with its meaning
//! (`setter(into)` is `into`, `setter(skip)` with `default = e` is
//! `skip = e`, `build_method(..)` is `finish_fn(..)`, ..), spanned at the
//! key the user wrote, so the existing checks and their errors apply
//! unchanged. An item that uses none of typed-builder's own options is
//! handed on untouched: its expansion is the same as before this file.
//!
//! Two meanings differ, so a struct is read in typed-builder's dialect
//! only when it uses one of typed-builder's own options (`setter(..)`,
//! `field_defaults(..)`, `builder_method(..)`, `build_method(..)`,
//! `default_code`, `crate_module_path`, `!option`, ..):
//! - a plain `Option<T>` field is required, its setter taking `Option<T>`
//!   (vouch's `required`), where vouch makes it optional with a `T` setter;
//! - `setter(strip_option)` gives vouch's own `Option` handling: the setter
//!   takes `T` and the field may be left out (typed-builder requires it
//!   unless it also has `default`, so vouch accepts more here).
//!
//! What has no vouch counterpart is refused at its key, naming it as
//! typed-builder's option.

use super::toolkit::{key_of, unknown};
use crate::builder::model::option_inner;
use crate::util::Errors;
use crate::util::attr::duplicate;
use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::spanned::Spanned;
use syn::{Expr, Ident, LitStr, Meta, Token, Type};

/// The key `!option` is read as (`__not(option)`): a name no option has,
/// and one no message shows (the `!` is spanned instead).
pub(super) const NOT: &str = "__not";

/// typed-builder options of a field that need its dialect.
const FIELD_KEYS: &[&str] = &[
    "setter",
    "default_code",
    NOT,
    "mutators",
    "via_mutators",
    "mutable_during_default_resolution",
    "default_where",
];
/// typed-builder options of the struct that need its dialect.
const STRUCT_KEYS: &[&str] = &[
    "builder_method",
    "build_method",
    "field_defaults",
    "crate_module_path",
    "mutators",
];
const SETTER_KEYS: &[&str] = &[
    "doc",
    "into",
    "prefix",
    "skip",
    "strip_option",
    "suffix",
    "transform",
];

/// `!key` as the parser reads it: `__not(key)`, spanned at the `!`.
pub(super) fn negation(input: ParseStream<'_>) -> syn::Result<Meta> {
    let bang: Token![!] = input.parse()?;
    let key: Ident = input.parse()?;
    let not = Ident::new(NOT, bang.span);
    Ok(syn::parse_quote_spanned!(bang.span=> #not(#key)))
}

/// The error for a `!key` where it means nothing.
pub(super) fn stray_negation(meta: &Meta, errors: &mut Errors) {
    let key = match meta {
        Meta::List(list) => list.tokens.to_string(),
        _ => String::new(),
    };
    errors.spanned(
        meta.path(),
        format_args!(
            "`!{key}` is typed-builder's way to undo, on one field, an option that \
             `field_defaults(..)` gives every field of a `#[derive(Builder)]` struct, and \
             there is nothing here for it to undo; remove `!{key}`"
        ),
    );
}

fn refuse(errors: &mut Errors, key: &Ident, instead: &str) {
    errors.spanned(
        key,
        format_args!(
            "`{key}` is typed-builder's option, which `vouch::Builder` does not support; \
             {instead}"
        ),
    );
}

/// What the struct's `field_defaults(..)` gives every field.
#[derive(Default)]
pub(super) struct FieldDefaults {
    default: Option<Meta>,
    setter: Vec<Meta>,
}

/// The struct's options in vouch's spelling, `field_defaults(..)` taken
/// out, and whether typed-builder's own options were used.
pub(super) fn struct_options(
    metas: Vec<Meta>,
    errors: &mut Errors,
) -> (Vec<Meta>, FieldDefaults, bool) {
    let dialect = metas
        .iter()
        .any(|meta| STRUCT_KEYS.iter().any(|key| meta.path().is_ident(key)));
    let mut defaults = FieldDefaults::default();
    let mut out = Vec::new();
    for meta in metas {
        let Some(key) = meta.path().get_ident().cloned() else {
            out.push(meta);
            continue;
        };
        match key.to_string().as_str() {
            "builder_method" => out.push(renamed(&meta, "start_fn", &key)),
            "build_method" => {
                if let Some(meta) = without(&meta, "into", errors, |errors, into| {
                    errors.spanned(
                        into,
                        "typed-builder's `build_method(into)` is not supported by \
                         `vouch::Builder` (the finishing method returns the struct); convert \
                         its result with `.into()` at the call site",
                    );
                }) {
                    out.push(renamed(&meta, "finish_fn", &key));
                }
            }
            "builder_type" => {
                if let Some(meta) = without(&meta, "attributes", errors, |errors, key| {
                    errors.spanned(
                        key,
                        "typed-builder's `builder_type(attributes(..))` is not supported by \
                         `vouch::Builder` (the builder takes no attributes of yours); it can \
                         derive `Clone` and `Debug`, asked with \
                         `#[builder(derive(Clone, Debug))]`",
                    );
                }) {
                    out.push(meta);
                }
            }
            "crate_module_path" => match &meta {
                Meta::NameValue(pair) => {
                    let value = &pair.value;
                    let krate = Ident::new("crate", key.span());
                    out.push(syn::parse_quote_spanned!(key.span()=> #krate = #value));
                }
                _ => errors.spanned(
                    &key,
                    "`crate_module_path` needs the path of the vouch crate; write e.g. \
                     `crate_module_path = ::vouch`",
                ),
            },
            "field_defaults" => field_defaults(&meta, &key, &mut defaults, errors),
            "mutators" => refuse(
                errors,
                &key,
                "write the methods in an `impl` of the builder, or set the fields with \
                 setters",
            ),
            _ => out.push(meta),
        }
    }
    (out, defaults, dialect)
}

/// `key(..)` with its items named `name` refused (by `refuse`) and taken
/// out; `None` when nothing is left in it.
fn without(
    meta: &Meta,
    name: &str,
    errors: &mut Errors,
    refuse: impl Fn(&mut Errors, &Ident),
) -> Option<Meta> {
    let Meta::List(list) = meta else {
        return Some(meta.clone());
    };
    let Ok(items) = list.parse_args_with(items) else {
        // A value that is no expression (`into = Arc<Foo>`): the key is
        // still found among the tokens, and the list is dropped with it.
        let key = list.tokens.clone().into_iter().find_map(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) if ident == name => Some(ident),
            _ => None,
        });
        return match key {
            Some(key) => {
                refuse(errors, &key);
                None
            }
            None => Some(meta.clone()),
        };
    };
    if !items.iter().any(|item| item.path().is_ident(name)) {
        return Some(meta.clone());
    }
    let kept: Vec<&Meta> = items
        .iter()
        .filter(|item| match item.path().get_ident() {
            Some(key) if key == name => {
                refuse(errors, key);
                false
            }
            _ => true,
        })
        .collect();
    if kept.is_empty() {
        return None;
    }
    let path = &list.path;
    Some(syn::parse_quote!(#path(#(#kept),*)))
}

/// `meta` with its key renamed, at the span of the key written.
fn renamed(meta: &Meta, to: &str, key: &Ident) -> Meta {
    let name = Ident::new(to, key.span());
    match meta {
        Meta::Path(_) => syn::parse_quote!(#name),
        Meta::NameValue(pair) => {
            let value = &pair.value;
            syn::parse_quote!(#name = #value)
        }
        Meta::List(list) => {
            let tokens = &list.tokens;
            syn::parse_quote!(#name(#tokens))
        }
    }
}

/// `field_defaults(default, setter(..))`.
fn field_defaults(meta: &Meta, key: &Ident, defaults: &mut FieldDefaults, errors: &mut Errors) {
    let Meta::List(list) = meta else {
        return errors.spanned(
            key,
            "`field_defaults` takes options in parentheses; write e.g. \
             `field_defaults(setter(into))`",
        );
    };
    let Some(parsed) = errors.handle(list.parse_args_with(items)) else {
        return;
    };
    for item in parsed {
        let Some(inner) = key_of(&item, errors) else {
            continue;
        };
        match inner.to_string().as_str() {
            "default" => defaults.default = Some(item),
            "setter" => {
                if let Some(setter) = setter_items(&item, &inner, errors) {
                    defaults.setter.extend(setter);
                }
            }
            "default_where" | "mutable_during_default_resolution" | "via_mutators" => {
                refuse_field_key(&inner, errors);
            }
            other => unknown(&inner, other, &["default", "setter"], errors),
        }
    }
}

/// Options separated by commas, each `key`, `key = value`, `key(..)` or
/// `!key`; the parser of typed-builder's lists.
fn items(input: ParseStream<'_>) -> syn::Result<Vec<Meta>> {
    super::comma_list(input, |input| {
        // `setter(fn transform(..) -> T { .. })`, refused by its reader:
        // kept as the word `fn`, and the rest of the list is skipped.
        input.peek(Token![fn]).then(|| {
            let token: Token![fn] = input.parse()?;
            input.parse::<TokenStream>()?;
            Ok(Meta::Path(Ident::new("fn", token.span).into()))
        })
    })
}

fn setter_items(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<Vec<Meta>> {
    let Meta::List(list) = meta else {
        errors.spanned(
            key,
            "`setter` takes options in parentheses; write e.g. `setter(into)`",
        );
        return None;
    };
    errors.handle(list.parse_args_with(items))
}

fn refuse_field_key(key: &Ident, errors: &mut Errors) {
    let instead = match key.to_string().as_str() {
        "default_where" => {
            "a `default` of a generic type needs its bounds on the struct; add them to the \
             struct's `where` clause"
        }
        "mutable_during_default_resolution" => {
            "a `default = ..` expression sees the fields before it by value; remove it"
        }
        _ => {
            "write the methods in an `impl` of the builder, or set the fields with \
             setters"
        }
    };
    refuse(errors, key, instead);
}

/// Whether a field's options use typed-builder's own spellings.
pub(super) fn field_dialect(metas: &[Meta]) -> bool {
    metas
        .iter()
        .any(|meta| FIELD_KEYS.iter().any(|key| meta.path().is_ident(key)))
}

/// One setting of a field's `setter(..)`, and whether it came from
/// `field_defaults(..)`.
struct Setting {
    meta: Meta,
    key: Ident,
    inherited: bool,
}

/// A field's options in vouch's spelling; in typed-builder's dialect only.
pub(super) fn field_options(
    metas: Vec<Meta>,
    ident: &Ident,
    ty: &Type,
    defaults: &FieldDefaults,
    errors: &mut Errors,
) -> Vec<Meta> {
    let mut out = Vec::new();
    let mut default: Option<Meta> = None;
    let mut default_negated = false;
    let mut own: Vec<Meta> = Vec::new();
    for meta in metas {
        let Some(key) = meta.path().get_ident().cloned() else {
            out.push(meta);
            continue;
        };
        match key.to_string().as_str() {
            "default" if default.is_none() => default = Some(meta),
            "default_code" => {
                if let Some(value) = default_code(&meta, &key, errors) {
                    let name = Ident::new("default", key.span());
                    let meta: Meta = syn::parse_quote_spanned!(key.span()=> #name = #value);
                    if default.is_none() {
                        default = Some(meta);
                    } else {
                        out.push(meta);
                    }
                }
            }
            "setter" => own.extend(setter_items(&meta, &key, errors).unwrap_or_default()),
            NOT => match &meta {
                Meta::List(list) if list.tokens.to_string() == "default" => {
                    default_negated = true;
                }
                _ => stray_negation(&meta, errors),
            },
            "mutators" | "via_mutators" | "mutable_during_default_resolution" | "default_where" => {
                refuse_field_key(&key, errors);
            }
            _ => out.push(meta),
        }
    }
    // A member that vouch's own options make something other than a
    // setter (`skip`, `field`, `start_fn`, `finish_fn`), or already
    // `required`, takes neither `field_defaults`' default nor the `required`
    // of a plain `Option`.
    let own_kind = out.iter().any(|meta| {
        ["skip", "field", "start_fn", "finish_fn", "required"]
            .iter()
            .any(|key| meta.path().is_ident(key))
    });
    if default.is_none() && !default_negated && !own_kind {
        default.clone_from(&defaults.default);
    }
    let mut settings: Vec<Setting> = Vec::new();
    for (meta, inherited) in own
        .into_iter()
        .map(|meta| (meta, false))
        .chain(defaults.setter.iter().cloned().map(|meta| (meta, true)))
    {
        let Some(key) = key_of(&meta, errors) else {
            continue;
        };
        let name = setting_name(&meta, &key);
        let given = settings
            .iter()
            .any(|setting| setting_name(&setting.meta, &setting.key) == name);
        if given && inherited {
            continue;
        }
        if given {
            duplicate(errors, &key, format_args!("option `{name}`"));
            continue;
        }
        settings.push(Setting {
            meta,
            key,
            inherited,
        });
    }
    let translated = Translated::new(&settings, ident, ty, errors);
    out.extend(translated.metas(default, ty, own_kind, errors));
    out
}

/// The option a setting is about: `strip_option` for `!strip_option`.
fn setting_name(meta: &Meta, key: &Ident) -> String {
    match meta {
        Meta::List(list) if key == NOT => list.tokens.to_string(),
        _ => key.to_string(),
    }
}

/// `default_code = "expr"`: the expression, read out of the string.
fn default_code(meta: &Meta, key: &Ident, errors: &mut Errors) -> Option<Expr> {
    const HELP: &str = "`default_code` needs an expression in a string; write e.g. \
                        `default_code = \"Vec::new()\"`, or `default = Vec::new()`";
    let Meta::NameValue(pair) = meta else {
        errors.spanned(key, HELP);
        return None;
    };
    let Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(string),
        ..
    }) = &pair.value
    else {
        errors.spanned(&pair.value, HELP);
        return None;
    };
    errors.handle(string.parse::<Expr>())
}

/// A field's `setter(..)` settings, read.
#[derive(Default)]
struct Translated {
    into: Option<Span>,
    strip: bool,
    skip: Option<Span>,
    fallback: Option<Ident>,
    doc: Option<LitStr>,
    name: Option<Ident>,
    with: Option<(Span, Expr)>,
}

impl Translated {
    fn new(settings: &[Setting], ident: &Ident, ty: &Type, errors: &mut Errors) -> Self {
        let mut this = Self::default();
        let (mut prefix, mut suffix) = (String::new(), String::new());
        let mut affix: Option<Span> = None;
        for Setting {
            meta,
            key,
            inherited,
        } in settings
        {
            match key.to_string().as_str() {
                NOT => {}
                "into" => this.into = Some(key.span()),
                "strip_option" => this.strip_option(meta, key, *inherited, ty, ident, errors),
                "skip" => this.skip = Some(key.span()),
                "doc" => this.doc = string(meta, key, "doc = \"Sets the port.\"", errors),
                "prefix" | "suffix" => {
                    let example = format!("{key} = \"with_\"");
                    if let Some(text) = string(meta, key, &example, errors) {
                        if key == "prefix" {
                            prefix = text.value();
                        } else {
                            suffix = text.value();
                        }
                        affix = Some(key.span());
                    }
                }
                "transform" => match meta {
                    Meta::NameValue(pair) => this.with = Some((key.span(), pair.value.clone())),
                    _ => errors.spanned(
                        key,
                        "`transform` needs a closure with typed parameters; write e.g. \
                         `transform = |x: u32, y: u32| x + y`",
                    ),
                },
                "fn" => errors.spanned(
                    key,
                    "typed-builder's `setter(fn transform(..))` is not supported by \
                     `vouch::Builder`; write the transformation as a closure with typed \
                     parameters, e.g. `setter(transform = |x: u32, y: u32| x + y)` (a generic \
                     transformation has no equivalent)",
                ),
                "strip_bool" => refuse(
                    errors,
                    key,
                    "a setter always takes its value; give the field `default` and call \
                     e.g. `.flag(true)`",
                ),
                other => unknown(key, other, SETTER_KEYS, errors),
            }
        }
        if let Some(span) = affix {
            let bare = ident.unraw();
            this.name = affixed(&format!("{prefix}{bare}{suffix}"), span, errors);
        }
        this
    }

    fn strip_option(
        &mut self,
        meta: &Meta,
        key: &Ident,
        inherited: bool,
        ty: &Type,
        ident: &Ident,
        errors: &mut Errors,
    ) {
        let mut ignore_invalid = inherited;
        let (mut fallback, mut prefix, mut suffix) = (None, None, None);
        if let Meta::List(list) = meta {
            let Some(parsed) = errors.handle(list.parse_args_with(items)) else {
                return;
            };
            let mut seen: Vec<Ident> = Vec::new();
            for item in parsed {
                let Some(inner) = key_of(&item, errors) else {
                    continue;
                };
                if seen.contains(&inner) {
                    duplicate(errors, &inner, format_args!("option `{inner}`"));
                    continue;
                }
                seen.push(inner.clone());
                match inner.to_string().as_str() {
                    "ignore_invalid" => ignore_invalid = true,
                    "fallback" => {
                        fallback = super::toolkit::ident_value(
                            &item,
                            &inner,
                            "fallback = port_opt",
                            errors,
                        );
                    }
                    "fallback_prefix" => {
                        prefix = string(&item, &inner, "fallback_prefix = \"opt_\"", errors);
                    }
                    "fallback_suffix" => {
                        suffix = string(&item, &inner, "fallback_suffix = \"_opt\"", errors);
                    }
                    other => unknown(
                        &inner,
                        other,
                        &[
                            "fallback",
                            "fallback_prefix",
                            "fallback_suffix",
                            "ignore_invalid",
                        ],
                        errors,
                    ),
                }
            }
        } else if let Meta::NameValue(pair) = meta {
            errors.spanned(
                pair,
                "`strip_option` is written `strip_option` or `strip_option(fallback = name)`",
            );
        }
        if option_inner(ty).is_none() {
            if !ignore_invalid {
                errors.spanned(
                    key,
                    "`strip_option` is for an `Option<T>` field, and this field's type is not \
                     spelled `Option<..>`; remove `strip_option`",
                );
            }
            return;
        }
        self.strip = true;
        if prefix.is_some() || suffix.is_some() {
            let bare = ident.unraw();
            let prefix = prefix.map(|p| p.value()).unwrap_or_default();
            let suffix = suffix.map(|s| s.value()).unwrap_or_default();
            fallback = affixed(&format!("{prefix}{bare}{suffix}"), key.span(), errors);
        }
        self.fallback = fallback.or(self.fallback.take());
    }

    /// The vouch options, in one order.
    fn metas(
        self,
        default: Option<Meta>,
        ty: &Type,
        own_kind: bool,
        errors: &mut Errors,
    ) -> Vec<Meta> {
        let mut out: Vec<Meta> = Vec::new();
        let is_option = option_inner(ty).is_some();
        if let Some(span) = self.skip {
            let skip = Ident::new("skip", span);
            out.push(match default {
                Some(Meta::NameValue(pair)) => {
                    let value = pair.value;
                    syn::parse_quote_spanned!(span=> #skip = #value)
                }
                Some(_) => syn::parse_quote_spanned!(span=> #skip),
                None => {
                    errors.at(
                        span,
                        "typed-builder's `setter(skip)` needs the value the field gets: add \
                         `default` (for `Default::default()`) or `default = ..`, or write \
                         vouch's `skip` / `skip = ..`",
                    );
                    return out;
                }
            });
            return out;
        }
        match default {
            // vouch's `Option` field defaults to `None` already.
            Some(Meta::Path(_)) if is_option && self.strip => {}
            // vouch converts a default with `into` as it converts a setter's
            // argument; typed-builder's default is of the field's type, so
            // it is given that type first (and converts to itself).
            Some(Meta::NameValue(mut pair)) if self.into.is_some() => {
                let value = &pair.value;
                pair.value = syn::parse_quote_spanned!(value.span()=> ::core::convert::identity::<#ty>(#value));
                out.push(Meta::NameValue(pair));
            }
            Some(default) => out.push(default),
            None => {}
        }
        if is_option && !self.strip && !own_kind {
            // typed-builder's plain `Option<T>`: the setter takes the `Option`.
            out.push(syn::parse_quote!(required));
        }
        if let Some(span) = self.into {
            let into = Ident::new("into", span);
            out.push(syn::parse_quote_spanned!(span=> #into));
        }
        if let Some(name) = self.name {
            out.push(syn::parse_quote!(name = #name));
        }
        if let Some((span, value)) = self.with {
            let with = Ident::new("with", span);
            out.push(syn::parse_quote_spanned!(span=> #with = #value));
        }
        let mut setters: Vec<TokenStream> = Vec::new();
        if let Some(fallback) = self.fallback {
            setters.push(quote::quote!(option_fn = #fallback));
        }
        if let Some(doc) = self.doc {
            setters.push(quote::quote!(doc = #doc));
        }
        if !setters.is_empty() {
            out.push(syn::parse_quote!(setters(#(#setters),*)));
        }
        out
    }
}

fn string(meta: &Meta, key: &Ident, example: &str, errors: &mut Errors) -> Option<LitStr> {
    if let Meta::NameValue(pair) = meta
        && let Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(string),
            ..
        }) = &pair.value
    {
        return Some(string.clone());
    }
    errors.spanned(
        key,
        format_args!("`{key}` needs a string; write e.g. `{example}`"),
    );
    None
}

/// The setter name a prefix and a suffix make, or the error at them when
/// it is no identifier (`Ident::new` would panic on it).
fn affixed(name: &str, span: Span, errors: &mut Errors) -> Option<Ident> {
    if let Ok(mut ident) = syn::parse_str::<Ident>(name) {
        ident.set_span(span);
        return Some(ident);
    }
    errors.at(
        span,
        format_args!(
            "the prefix and suffix make the setter's name `{name}`, which is not an \
             identifier; use letters, digits and `_`"
        ),
    );
    None
}
