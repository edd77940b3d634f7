//! Parsing: the arguments of `#[vouch::sealed(...)]`, the item it is on, and
//! the `#[sealed(...)]` helper of `derive(Sealed)`.
//!
//! Arguments are read segment by segment (split at top-level commas), so one
//! bad argument is recorded and the next ones are still read: the user sees
//! every mistake of the attribute at once.

use crate::util::{CratePath, Errors};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;

/// What `#[vouch::sealed]` was put on.
pub(crate) enum Target {
    /// A trait to seal.
    Trait(syn::ItemTrait),
    /// An impl of a sealed trait inside its crate.
    Impl(syn::ItemImpl),
}

/// The arguments of `#[vouch::sealed(...)]`, each with the token it came from.
#[derive(Default)]
pub(crate) struct SealArgs {
    /// `erase`: accepted for compatibility with the `sealed` crate. vouch
    /// always erases the bounds of the hidden supertrait, so it changes
    /// nothing.
    pub(crate) erase: Option<Span>,
    /// `pub(crate)`, `pub(super)`, `pub(self)` or `pub(in path)`: the
    /// visibility of the hidden seal module (default `pub(crate)`).
    pub(crate) vis: Option<syn::Visibility>,
    /// `no_implicit_prelude`: the trait is in a `#![no_implicit_prelude]`
    /// module, where rustc cannot resolve the `diagnostic::` namespace, so
    /// the seal goes without its `#[diagnostic::on_unimplemented]` message.
    pub(crate) no_implicit_prelude: Option<Span>,
    /// `crate = path`: where generated code finds the vouch runtime.
    pub(crate) krate: Option<CratePath>,
}

/// The model of `#[derive(Sealed)] #[sealed(Trait, ...)] enum E { V(T), ... }`.
pub(crate) struct ClosedEnum {
    pub(crate) input: syn::DeriveInput,
    /// The sealed traits the enum implements by delegation.
    pub(crate) traits: Vec<syn::Path>,
    pub(crate) krate: CratePath,
    /// `(variant, its single field's type)`, in declaration order.
    pub(crate) variants: Vec<(syn::Ident, syn::Type)>,
}

/// Splits `tokens` at its top-level commas; empty segments (a trailing
/// comma) are dropped.
fn segments(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut all = vec![Vec::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => all.push(Vec::new()),
            _ => {
                if let Some(last) = all.last_mut() {
                    last.push(token);
                }
            }
        }
    }
    all.retain(|segment| !segment.is_empty());
    all
}

fn stream(tokens: &[TokenTree]) -> TokenStream {
    tokens.iter().cloned().collect()
}

/// Parses the arguments of `#[vouch::sealed(...)]`.
pub(crate) fn parse_args(args: TokenStream, errors: &mut Errors) -> SealArgs {
    let mut parsed = SealArgs::default();
    for segment in segments(args) {
        let Some(first) = segment.first() else {
            continue;
        };
        let name = match first {
            TokenTree::Ident(ident) => ident.to_string(),
            _ => String::new(),
        };
        match name.as_str() {
            "erase" => {
                if let Some(extra) = segment.get(1) {
                    errors.spanned(
                        extra,
                        "`erase` takes no value; write `#[vouch::sealed(erase)]`",
                    );
                } else if parsed.erase.is_some() {
                    crate::util::attr::duplicate(errors, first, "`erase` argument");
                } else {
                    parsed.erase = Some(first.span());
                }
            }
            "pub" => match syn::parse2::<syn::Visibility>(stream(&segment)) {
                Ok(syn::Visibility::Public(token)) => errors.spanned(
                    token,
                    "a `pub` seal module would let every crate implement the trait; \
                     write `pub(crate)` (the default) or `pub(in path)`",
                ),
                Ok(vis) if parsed.vis.is_some() => {
                    crate::util::attr::duplicate(errors, vis, "visibility argument");
                }
                Ok(vis) => parsed.vis = Some(vis),
                Err(_) => errors.spanned(
                    stream(&segment),
                    "malformed visibility; write `pub(crate)`, `pub(super)` or `pub(in path)`",
                ),
            },
            "no_implicit_prelude" => {
                if let Some(extra) = segment.get(1) {
                    errors.spanned(
                        extra,
                        "`no_implicit_prelude` takes no value; \
                         write `#[vouch::sealed(no_implicit_prelude)]`",
                    );
                } else if parsed.no_implicit_prelude.is_some() {
                    crate::util::attr::duplicate(errors, first, "`no_implicit_prelude` argument");
                } else {
                    parsed.no_implicit_prelude = Some(first.span());
                }
            }
            "crate" => read_crate(&segment, &mut parsed.krate, errors),
            "partial" => errors.spanned(
                first,
                "`partial` sealing of single methods is not supported by vouch; \
                 seal the whole trait with `#[vouch::sealed]`",
            ),
            _ => errors.spanned(
                first,
                format_args!(
                    "unknown argument `{}` of `#[vouch::sealed]`; \
                     expected `erase`, `pub(crate)`, `pub(in path)`, `no_implicit_prelude` \
                     or `crate = path`",
                    stream(&segment)
                ),
            ),
        }
    }
    parsed
}

/// Parses the item under `#[vouch::sealed]`; anything but a trait or an
/// impl of a trait is recorded as an error spanned at its keyword.
pub(crate) fn parse_target(input: TokenStream, errors: &mut Errors) -> Option<Target> {
    let item = match syn::parse2::<syn::Item>(input) {
        Ok(item) => item,
        Err(error) => {
            errors.push(error);
            return None;
        }
    };
    let wrong = |errors: &mut Errors, at: &dyn ToTokens, what: &str, instead: &str| {
        errors.spanned(
            at,
            format_args!(
                "`#[vouch::sealed]` cannot be used on {what}; it seals a trait \
                 (`#[vouch::sealed] pub trait Shape {{ .. }}`) or marks an impl of one \
                 (`#[vouch::sealed] impl Shape for Square {{}}`){instead}"
            ),
        );
    };
    match item {
        syn::Item::Trait(item) => return Some(Target::Trait(item)),
        syn::Item::Impl(item) if item.trait_.is_some() => return Some(Target::Impl(item)),
        syn::Item::Impl(item) => wrong(errors, &item.self_ty, "an inherent impl", ""),
        syn::Item::Struct(item) => wrong(errors, &item.struct_token, "a struct", ""),
        syn::Item::Enum(item) => wrong(
            errors,
            &item.enum_token,
            "an enum",
            "; to close a hierarchy into an enum, use `#[derive(vouch::Sealed)]`",
        ),
        syn::Item::Union(item) => wrong(errors, &item.union_token, "a union", ""),
        syn::Item::Fn(item) => wrong(errors, &item.sig.fn_token, "a function", ""),
        syn::Item::Mod(item) => wrong(errors, &item.mod_token, "a module", ""),
        syn::Item::Type(item) => wrong(errors, &item.type_token, "a type alias", ""),
        syn::Item::TraitAlias(item) => wrong(errors, &item.trait_token, "a trait alias", ""),
        syn::Item::Const(item) => wrong(errors, &item.const_token, "a constant", ""),
        syn::Item::Static(item) => wrong(errors, &item.static_token, "a static", ""),
        syn::Item::Use(item) => wrong(errors, &item.use_token, "a `use` item", ""),
        other => wrong(errors, &other, "this item", ""),
    }
    None
}

/// Reads `#[sealed(Trait, path::Other, crate = "::vouch")]` and the
/// variants of the enum under `derive(Sealed)`.
pub(crate) fn parse_closed(input: syn::DeriveInput, errors: &mut Errors) -> ClosedEnum {
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
        krate: krate.unwrap_or_default(),
        variants,
    }
}

fn read_closed_arg(
    segment: &[TokenTree],
    traits: &mut Vec<syn::Path>,
    krate: &mut Option<CratePath>,
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

/// Reads `crate = "path"` / `crate = path`.
fn read_crate(segment: &[TokenTree], krate: &mut Option<CratePath>, errors: &mut Errors) {
    let has_eq = matches!(segment.get(1), Some(TokenTree::Punct(punct)) if punct.as_char() == '=');
    let value = stream(segment.get(2..).unwrap_or_default());
    if !has_eq || value.is_empty() {
        errors.spanned(
            stream(segment),
            "`crate` needs a path; write `crate = \"::vouch\"`",
        );
        return;
    }
    let parsed = syn::parse2::<syn::Expr>(value).and_then(|expr| CratePath::from_expr(&expr));
    match parsed {
        Ok(_) if krate.is_some() => {
            crate::util::attr::duplicate(errors, stream(segment), "`crate` argument");
        }
        Ok(path) => *krate = Some(path),
        Err(error) => errors.push(error),
    }
}
