//! `#[derive(Sealed)] #[sealed(Trait, ..)]`: parsing the helper attribute
//! and the enum into a model, and checking it. `closed` expands it.

use crate::util::attr::Spanned;
use crate::util::{CratePath, Errors};
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;

/// The model of `#[derive(Sealed)] #[sealed(Trait, ...)] enum E { V(T), ... }`.
pub(crate) struct ClosedEnum<'a> {
    pub(crate) input: &'a syn::DeriveInput,
    /// The sealed traits the enum implements by delegation.
    pub(crate) traits: Vec<syn::Path>,
    pub(crate) krate: CratePath,
    /// `(variant, its single field's type)`, in declaration order.
    pub(crate) variants: Vec<(syn::Ident, syn::Type)>,
}

/// `tokens` at its top-level commas; empty segments (a trailing comma)
/// are dropped.
fn segments(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    crate::util::split_commas(tokens)
        .into_iter()
        .map(|(piece, _)| piece.into_iter().collect::<Vec<_>>())
        .filter(|segment| !segment.is_empty())
        .collect()
}

fn stream(tokens: &[TokenTree]) -> TokenStream {
    tokens.iter().cloned().collect()
}

/// Reads `#[sealed(Trait, path::Other, crate = "::vouch")]` and the
/// variants of the enum under `derive(Sealed)`.
pub(crate) fn parse_closed<'a>(input: &'a syn::DeriveInput, errors: &mut Errors) -> ClosedEnum<'a> {
    let mut traits = Vec::new();
    let mut krate = None;
    let mut seen_attr = false;
    for attr in input
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("sealed"))
    {
        seen_attr = true;
        let Ok(list) = attr.meta.require_list() else {
            errors.spanned(
                attr,
                "`#[sealed]` needs the sealed traits to implement; write `#[sealed(Shape)]`",
            );
            continue;
        };
        if list.tokens.is_empty() {
            errors.spanned(
                list,
                "`#[sealed()]` names no trait; write the sealed traits, e.g. `#[sealed(Shape)]`",
            );
        }
        for segment in segments(list.tokens.clone()) {
            read_closed_arg(&segment, &mut traits, &mut krate, errors);
        }
    }
    if !seen_attr {
        errors.at(
            input.ident.span(),
            "`derive(Sealed)` needs the sealed traits the enum closes; \
             add `#[sealed(Shape)]` below the derive",
        );
    }
    let variants = match &input.data {
        syn::Data::Enum(data) => read_variants(data, errors),
        syn::Data::Struct(data) => {
            errors.spanned(
                data.struct_token,
                "`derive(Sealed)` closes a hierarchy into an enum, not a struct; \
                 write `enum AnyShape { Square(Square), Circle(Circle) }`",
            );
            Vec::new()
        }
        syn::Data::Union(data) => {
            errors.spanned(
                data.union_token,
                "`derive(Sealed)` closes a hierarchy into an enum, not a union; \
                 write `enum AnyShape { Square(Square), Circle(Circle) }`",
            );
            Vec::new()
        }
    };
    ClosedEnum {
        input,
        traits,
        krate: krate.map(|krate| krate.value).unwrap_or_default(),
        variants,
    }
}

fn read_closed_arg(
    segment: &[TokenTree],
    traits: &mut Vec<syn::Path>,
    krate: &mut Option<Spanned<CratePath>>,
    errors: &mut Errors,
) {
    // `crate = ..`, not a trait path such as `crate::shapes::Shape`.
    let is_crate = matches!(segment.first(), Some(TokenTree::Ident(ident)) if ident == "crate")
        && matches!(segment.get(1), Some(TokenTree::Punct(punct)) if punct.as_char() == '=');
    if is_crate {
        return read_crate(segment, krate, errors);
    }
    let tokens = stream(segment);
    match syn::parse2::<syn::Path>(tokens.clone()) {
        Ok(path) => {
            let last = path.segments.last();
            if let Some(last) = last.filter(|last| !last.arguments.is_none()) {
                errors.spanned(
                    &last.arguments,
                    "`derive(Sealed)` delegates only traits without generic parameters; \
                     remove the arguments or implement the trait by hand",
                );
            } else {
                traits.push(path);
            }
        }
        Err(_) => errors.spanned(
            tokens,
            "expected the path of a sealed trait or `crate = \"::vouch\"`; \
             write e.g. `#[sealed(Shape)]`",
        ),
    }
}

fn read_variants(data: &syn::DataEnum, errors: &mut Errors) -> Vec<(syn::Ident, syn::Type)> {
    if data.variants.is_empty() {
        errors.spanned(
            data.enum_token,
            "`derive(Sealed)` needs at least one variant; \
             write one `Variant(Type)` per implementor",
        );
    }
    let mut variants = Vec::new();
    for variant in &data.variants {
        let wrap = |errors: &mut Errors, at: &dyn ToTokens| {
            errors.spanned(
                at,
                format_args!(
                    "each variant of a closed hierarchy wraps one implementor; \
                     write `{}(Type)`",
                    variant.ident
                ),
            );
        };
        match &variant.fields {
            syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                if let Some(field) = fields.unnamed.first() {
                    variants.push((variant.ident.clone(), field.ty.clone()));
                }
            }
            syn::Fields::Unnamed(fields) => wrap(errors, fields),
            syn::Fields::Named(fields) => wrap(errors, fields),
            syn::Fields::Unit => wrap(errors, &variant.ident),
        }
    }
    variants
}

/// Reads `crate = "path"` / `crate = path` with the attribute's reader.
fn read_crate(segment: &[TokenTree], krate: &mut Option<Spanned<CratePath>>, errors: &mut Errors) {
    let parser = |input: syn::parse::ParseStream<'_>| {
        let value = crate::util::krate::parse(input);
        if value.is_ok() && !input.is_empty() {
            return Err(input.error("expected `,` after the path of `crate = ..`"));
        }
        value
    };
    let value = syn::parse::Parser::parse2(parser, stream(segment));
    crate::util::krate::set(value, krate, errors);
}

/// `derive(Sealed)`: each implementor appears in one variant only, so that
/// `From` and `TryFrom` are unambiguous.
pub(crate) fn check_closed(model: &ClosedEnum<'_>, errors: &mut Errors) {
    let mut seen: Vec<String> = Vec::new();
    for (variant, ty) in &model.variants {
        let key = ty.to_token_stream().to_string();
        if seen.contains(&key) {
            errors.spanned(
                ty,
                format_args!(
                    "`{key}` already wraps another variant; each implementor appears once \
                     in a closed hierarchy, remove variant `{variant}` or wrap another type"
                ),
            );
        } else {
            seen.push(key);
        }
    }
}

/// `true` when the item under `derive(Sealed)` has generic parameters whose
/// bounds the delegated impls must repeat.
pub(crate) fn is_generic(model: &ClosedEnum<'_>) -> bool {
    !model.input.generics.params.is_empty()
}
