//! Parsing: the derive input as a model that keeps every original syn node,
//! so each later error can point at its token. Nothing here judges whether
//! the item is sound; `check.rs` does.

use crate::util::repr::Repr;
use crate::util::{CratePath, Errors};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Expr, Fields, Ident, Member, Type};

/// One field: how to reach it (`self.name` / `self.0`) and its type.
pub(crate) struct Field<'a> {
    pub(crate) member: Member,
    pub(crate) ty: &'a Type,
}

/// A variant of an enum.
pub(crate) struct Variant<'a> {
    pub(crate) ident: &'a Ident,
    /// Empty for a unit variant.
    pub(crate) fields: Vec<Field<'a>>,
    pub(crate) discriminant: Option<&'a Expr>,
}

pub(crate) enum Body<'a> {
    Struct(Vec<Field<'a>>),
    Union(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
}

/// The parsed derive input.
pub(crate) struct Input<'a> {
    pub(crate) ast: &'a DeriveInput,
    pub(crate) krate: CratePath,
    pub(crate) repr: Repr,
    /// `#[transparent(Inner)]` and the span of the attribute.
    pub(crate) transparent: Option<(Type, Span)>,
    pub(crate) body: Body<'a>,
}

impl<'a> Input<'a> {
    /// Reads `ast`; every malformed attribute is recorded in `errors` and
    /// parsing goes on with a default, so all mistakes surface at once.
    pub(crate) fn parse(ast: &'a DeriveInput, errors: &mut Errors) -> Self {
        let repr = Repr::parse(&ast.attrs, errors);
        let krate = parse_vouch(&ast.attrs, errors);
        let transparent = parse_transparent(&ast.attrs, errors);
        let body = match &ast.data {
            Data::Struct(data) => Body::Struct(fields(&data.fields)),
            Data::Union(data) => Body::Union(
                data.fields
                    .named
                    .iter()
                    .filter_map(|field| {
                        Some(Field {
                            member: Member::Named(field.ident.clone()?),
                            ty: &field.ty,
                        })
                    })
                    .collect(),
            ),
            Data::Enum(data) => Body::Enum(
                data.variants
                    .iter()
                    .map(|variant| Variant {
                        ident: &variant.ident,
                        fields: fields(&variant.fields),
                        discriminant: variant.discriminant.as_ref().map(|(_, expr)| expr),
                    })
                    .collect(),
            ),
        };
        Input {
            ast,
            krate,
            repr,
            transparent,
            body,
        }
    }

    pub(crate) fn ident(&self) -> &'a Ident {
        &self.ast.ident
    }

    /// The item's name as a user reads it in a message.
    pub(crate) fn name(&self) -> String {
        crate::util::ident::name(&self.ast.ident)
    }
}

fn fields(fields: &Fields) -> Vec<Field<'_>> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| Field {
            member: match &field.ident {
                Some(ident) => Member::Named(ident.clone()),
                None => Member::Unnamed(syn::Index {
                    index: u32::try_from(index).unwrap_or(u32::MAX),
                    span: field.ty.span(),
                }),
            },
            ty: &field.ty,
        })
        .collect()
}

/// Reads every `#[vouch(...)]`; a second `crate = ...` is an error, as in
/// every capability.
fn parse_vouch(attrs: &[Attribute], errors: &mut Errors) -> CratePath {
    let mut krate = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("vouch")) {
        let parsed = attr.meta.require_list().and_then(|list| {
            list.parse_args_with(|input: syn::parse::ParseStream<'_>| {
                while !input.is_empty() {
                    if !input.peek(syn::Token![crate]) {
                        return Err(input.error(
                            "unknown `vouch` argument; the only one is `crate = \"path\"`",
                        ));
                    }
                    let value = crate::util::krate::parse(input)?;
                    crate::util::krate::set(Ok(value), &mut krate, errors);
                    if !input.is_empty() {
                        input.parse::<syn::Token![,]>()?;
                    }
                }
                Ok(())
            })
        });
        errors.handle(parsed);
    }
    krate.map(|krate| krate.value).unwrap_or_default()
}

/// Reads `#[transparent(Inner)]`; a second one is an error.
fn parse_transparent(attrs: &[Attribute], errors: &mut Errors) -> Option<(Type, Span)> {
    let mut found: Option<(Type, Span)> = None;
    for attr in attrs
        .iter()
        .filter(|attr| attr.path().is_ident("transparent"))
    {
        let parsed = attr.parse_args::<Type>().map_err(|error| {
            syn::Error::new(
                error.span(),
                "`transparent` expects the wrapped type; write e.g. `#[transparent(u32)]`",
            )
        });
        if let Some(ty) = errors.handle(parsed) {
            if found.is_some() {
                crate::util::attr::duplicate(errors, attr, "`#[transparent(..)]`");
            } else {
                let span = ty.span();
                found = Some((ty, span));
            }
        }
    }
    found
}
