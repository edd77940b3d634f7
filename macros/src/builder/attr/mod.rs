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

//!
//! The readers are split by where an option is written: [`item`] (the
//! struct's or function's options), [`field`] (a field's or argument's),
//! and [`toolkit`], the readers both share. [`typed_builder`] first
//! rewrites a derive's typed-builder spellings into these options.

mod field;
mod item;
mod toolkit;
mod typed_builder;

pub(crate) use field::field_options;
pub(crate) use item::{absolute, on_together, parse_struct_option};

use crate::builder::model::{Field, Model, StructOptions};
use crate::util::Errors;
use syn::parse::Parser;
use syn::{Attribute, Ident, Meta, Token};
use toolkit::list_ok;

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
    let (metas, defaults, dialect) = typed_builder::struct_options(metas, errors);
    on_together(&metas, errors);
    for meta in &metas {
        parse_struct_option(&mut parsed, meta, errors);
    }
    let metas: Vec<Vec<Meta>> = fields
        .iter()
        .map(|field| options(&field.attrs, errors))
        .collect();
    let dialect = dialect
        || metas
            .iter()
            .any(|metas| typed_builder::field_dialect(metas));
    let fields = fields
        .into_iter()
        .zip(metas)
        .filter_map(|(field, metas)| {
            let ident = field.ident.as_ref()?;
            let metas = if dialect {
                typed_builder::field_options(metas, ident, &field.ty, &defaults, errors)
            } else {
                metas
            };
            Some(parse_field(field, ident.clone(), metas, errors))
        })
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
    comma_list(input, |input| {
        input.peek(Token![const]).then(|| {
            let token: Token![const] = input.parse()?;
            let word = Ident::new("const", token.span);
            Ok(Meta::Path(syn::Path::from(word)))
        })
    })
}

/// Options separated by commas: `key`, `key = value`, `key(..)` or
/// typed-builder's `!key`, and the one keyword a list reads as an option,
/// which `keyword` reads when it starts the next option.
pub(super) fn comma_list(
    input: syn::parse::ParseStream<'_>,
    keyword: impl Fn(syn::parse::ParseStream<'_>) -> Option<syn::Result<Meta>>,
) -> syn::Result<Vec<Meta>> {
    let mut metas = Vec::new();
    while !input.is_empty() {
        if input.peek(Token![!]) {
            metas.push(typed_builder::negation(input)?);
        } else if let Some(meta) = keyword(input) {
            metas.push(meta?);
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

fn parse_field(field: &syn::Field, ident: Ident, metas: Vec<Meta>, errors: &mut Errors) -> Field {
    Field {
        options: field::options_of(metas, errors),
        ident,
        ty: field.ty.clone(),
        docs: field
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("doc"))
            .cloned()
            .collect(),
    }
}
