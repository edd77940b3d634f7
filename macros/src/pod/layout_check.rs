//! Checking how a `Pod` / `NoUninit` struct proves it has no padding, in
//! particular which generic shapes are accepted: those whose layout cannot
//! depend on the parameters.

use super::attr::{Field, Input};
use super::check::{Derive, Kind, Layout, type_macro};
use crate::util::Errors;
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Ident, Type};

/// Picks how a `Pod` / `NoUninit` struct proves it has no padding.
pub(crate) fn no_padding_layout(
    input: &Input<'_>,
    derive: Derive,
    fields: &[Field<'_>],
    errors: &mut Errors,
) -> Option<Layout> {
    if !input.has_type_or_const_params() {
        return Some(Layout::Consts);
    }
    let repr = &input.repr;
    if let Some(hint) = repr.conditional.first() {
        errors.at(
            hint.span,
            format_args!(
                "a `repr` hint inside `cfg_attr` changes the layout of generic `{}` in some \
                 configurations, so `derive({})` cannot prove it has no padding for every \
                 parameter; write the hint unconditionally",
                input.name(),
                derive.name()
            ),
        );
        return None;
    }
    // Every generic proof below relies on the item the derive saw; an
    // attribute after the derive may still change it (add `align`, remove
    // `packed`, reorder fields), so the constants also measure one instance
    // of the real item, and a generic item must allow one to be named.
    if let Some((span, what)) = probe_blocker(input) {
        errors.at(span, probe_message(input, derive, &what));
        return None;
    }
    if repr.is_transparent() {
        return Some(Layout::Transparent);
    }
    if repr.packed.is_some_and(|packed| packed.value == 1) {
        return Some(Layout::Packed1);
    }
    if let Some(kinds) = concrete(input, fields) {
        return Some(Layout::Concrete(kinds));
    }
    if let Some(packed) = repr.packed {
        errors.at(
            packed.span,
            format_args!(
                "`packed({})` on generic `{}` leaves padding that depends on the parameters; \
                 use `packed` (that is, `packed(1)`), or derive on a concrete struct",
                packed.value,
                input.name()
            ),
        );
        return None;
    }
    if let Some(align) = repr.align {
        errors.at(
            align.span,
            format_args!(
                "`align({})` on generic `{}` adds trailing padding that depends on the \
                 parameters; remove it, or derive on a concrete struct",
                align.value,
                input.name()
            ),
        );
        return None;
    }
    if !repr.is_c() {
        // `require_fixed_layout` already reported it.
        return None;
    }
    uniform(input, derive, fields, errors).map(Layout::Uniform)
}

/// Whether no field but the `PhantomData`s names a parameter (or holds a
/// macro call): then the layout is the same for every argument.
pub(crate) fn concrete_fields(input: &Input<'_>, fields: &[Field<'_>]) -> bool {
    concrete(input, fields).is_some()
}

/// The first field that is not the element type of the first non-phantom
/// field, nor an array of it, nor a `PhantomData`. `None` when the fields
/// are uniform.
pub(crate) fn first_non_uniform<'f, 'a>(fields: &'f [Field<'a>]) -> Option<&'f Field<'a>> {
    let mut first: Option<String> = None;
    for field in fields {
        let elem = match field.ty {
            Type::Array(array) => &*array.elem,
            ty if is_phantom(ty) => continue,
            ty => ty,
        };
        let text = elem.to_token_stream().to_string();
        match &first {
            None => first = Some(text),
            Some(expected) if *expected != text => return Some(field),
            Some(_) => {}
        }
    }
    None
}

/// A generic `repr(C)` struct is accepted when every field is one type `E`,
/// an array of `E`, or a `PhantomData`.
fn uniform(
    input: &Input<'_>,
    derive: Derive,
    fields: &[Field<'_>],
    errors: &mut Errors,
) -> Option<Vec<Kind>> {
    let mut kinds = Vec::new();
    let mut first: Option<(String, &Type)> = None;
    let mut ok = true;
    for field in fields {
        let (kind, elem) = match field.ty {
            Type::Array(array) => (Kind::Array, &*array.elem),
            ty if is_phantom(ty) => (Kind::Phantom, ty),
            ty => (Kind::Elem, ty),
        };
        kinds.push(kind);
        if kind == Kind::Phantom {
            continue;
        }
        let text = elem.to_token_stream().to_string();
        match &first {
            None => first = Some((text, elem)),
            Some((expected, expected_ty)) if *expected != text => {
                ok = false;
                errors.spanned(
                    field.ty,
                    format_args!(
                        "`derive({})` cannot prove that generic `{}` has no padding for every \
                         parameter: field `{}` is not `{}` or an array of it; give every field \
                         one type (or arrays of it), or use `#[repr(C, packed)]`, or \
                         `#[repr(transparent)]` with one field",
                        derive.name(),
                        input.name(),
                        field.display(),
                        expected_ty.to_token_stream(),
                    ),
                );
            }
            Some(_) => {}
        }
    }
    ok.then_some(kinds)
}

/// The `Layout::Concrete` shape: no field but the `PhantomData`s names a
/// parameter or holds a macro call (`true` marks the `PhantomData`s). The
/// caller made sure a probe instance can be named.
fn concrete(input: &Input<'_>, fields: &[Field<'_>]) -> Option<Vec<bool>> {
    let generics = &input.ast.generics;
    let mut names = Vec::new();
    for param in &generics.params {
        match param {
            syn::GenericParam::Type(param) => names.push(param.ident.to_string()),
            syn::GenericParam::Const(param) => names.push(param.ident.to_string()),
            syn::GenericParam::Lifetime(_) => {}
        }
    }
    let mut kinds = Vec::new();
    for field in fields {
        if is_phantom(field.ty) {
            kinds.push(true);
            continue;
        }
        let tokens = field.ty.to_token_stream();
        if mentions(&tokens, &names) || type_macro(&tokens).is_some() {
            return None;
        }
        kinds.push(false);
    }
    Some(kinds)
}

/// The error for a generic item no probe instance can be named for.
pub(crate) fn probe_message(input: &Input<'_>, derive: Derive, what: &str) -> String {
    format!(
        "`derive({})` checks the layout of generic `{}` on one instance of the real item \
         (so that an attribute after the derive cannot change it unseen), but {what}; bound \
         type parameters only by traits `()`, `u8` and `u64` implement (`Pod`, `Zeroable`, \
         `Copy`, ...) and put other bounds on the impls that need them, give const \
         parameters a primitive integer type, or derive on a concrete type",
        derive.name(),
        input.name()
    )
}

/// Why the item cannot be instantiated with probe arguments (any type
/// implementing the pod traits and the common derivable traits, zero or
/// one for consts): a bound outside that list (inline or in the `where`
/// clause), a `where` predicate on anything but a type parameter, or a
/// const parameter of a non-primitive type. `None` when it can.
pub(crate) fn probe_blocker(input: &Input<'_>) -> Option<(Span, String)> {
    let generics = &input.ast.generics;
    let type_params: Vec<&Ident> = generics.type_params().map(|param| &param.ident).collect();
    for param in &generics.params {
        match param {
            syn::GenericParam::Type(param) => {
                if let Some(blocker) = unprobeable_bound(&param.ident, &param.bounds) {
                    return Some(blocker);
                }
            }
            syn::GenericParam::Const(param) => {
                if probe_value(&param.ty).is_none() {
                    return Some((
                        param.ty.span(),
                        format!(
                            "vouch has no value of type `{}` for `{}`",
                            param.ty.to_token_stream(),
                            param.ident
                        ),
                    ));
                }
            }
            syn::GenericParam::Lifetime(_) => {}
        }
    }
    let predicates = generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates);
    for predicate in predicates {
        // Lifetime predicates hold for every probe argument, all `'static`.
        let syn::WherePredicate::Type(predicate) = predicate else {
            continue;
        };
        let param = match &predicate.bounded_ty {
            Type::Path(path) if path.qself.is_none() && predicate.lifetimes.is_none() => path
                .path
                .get_ident()
                .filter(|ident| type_params.contains(ident)),
            _ => None,
        };
        let Some(param) = param.filter(|_| predicate.attrs.is_empty()) else {
            return Some((
                predicate.span(),
                format!(
                    "the `where` predicate `{}` may not hold for that instance",
                    predicate.to_token_stream()
                ),
            ));
        };
        if let Some(blocker) = unprobeable_bound(param, &predicate.bounds) {
            return Some(blocker);
        }
    }
    None
}

/// The first bound of `param` that a probe argument may not satisfy.
fn unprobeable_bound<'a>(
    param: &Ident,
    bounds: impl IntoIterator<Item = &'a syn::TypeParamBound>,
) -> Option<(Span, String)> {
    for bound in bounds {
        let probe_safe = match bound {
            syn::TypeParamBound::Trait(bound) => bound
                .path
                .segments
                .last()
                .is_some_and(|last| PROBE_SAFE_TRAITS.iter().any(|name| last.ident == name)),
            // Every probe argument is `'static`, so it outlives any lifetime.
            syn::TypeParamBound::Lifetime(_) => true,
            _ => false,
        };
        if !probe_safe {
            return Some((
                bound.span(),
                format!(
                    "the bound `{}` of `{param}` may not hold for that instance",
                    bound.to_token_stream(),
                ),
            ));
        }
    }
    None
}

/// Traits `()`, `u8` and `u64` implement, so a type parameter bounded only
/// by them can be probed with those types.
const PROBE_SAFE_TRAITS: [&str; 18] = [
    "Zeroable",
    "Pod",
    "AnyBitPattern",
    "NoUninit",
    "CheckedBitPattern",
    "Copy",
    "Clone",
    "Sized",
    "Default",
    "Debug",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Send",
    "Sync",
    "Unpin",
];

/// The probe value of a const parameter of primitive type `ty` (`1` for
/// integers, so an array `[T; N]` of the probe is not empty).
pub(crate) fn probe_value(ty: &Type) -> Option<&'static str> {
    let Type::Path(path) = ty else {
        return None;
    };
    let ident = path.path.get_ident()?.to_string();
    match ident.as_str() {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => Some("1"),
        "bool" => Some("false"),
        "char" => Some("'\\0'"),
        _ => None,
    }
}

/// Whether `tokens` name one of `names` (at any depth).
fn mentions(tokens: &TokenStream, names: &[String]) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => names.iter().any(|name| ident == name),
        TokenTree::Group(group) => mentions(&group.stream(), names),
        _ => false,
    })
}

/// `PhantomData<..>` by its last path segment (`core::marker::PhantomData`
/// too). The generated code re-checks it through the field's real type.
fn is_phantom(ty: &Type) -> bool {
    match ty {
        Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "PhantomData"),
        Type::Group(group) => is_phantom(&group.elem),
        Type::Paren(paren) => is_phantom(&paren.elem),
        _ => false,
    }
}
