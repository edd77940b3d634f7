//! Generic `Pod` / `NoUninit` structs: accepted only in shapes where no
//! argument can leave padding, so the impl holds for every instantiation a
//! crate names — also for code that relies on `T: Pod` without calling
//! vouch (which never evaluates the per-instantiation `PROOF`).
//!
//! This judges the item as the derive sees it. An attribute macro after
//! the derive that changes it is caught by `PROOF` where vouch's functions
//! are used (see `runtime/src/pod/proof.rs`).

use super::attr::{Field, Input};
use super::check::type_macro;
use super::model::Derive;
use crate::util::{Errors, ident};
use quote::ToTokens;
use syn::Type;

/// How a generic struct is proved free of padding for every argument.
pub(crate) enum GenericLayout {
    /// `repr(transparent)`, `packed` (`packed(1)`), or `repr(C)` whose
    /// fields are all one type, arrays of it, or `PhantomData`.
    Any,
    /// No field but the `PhantomData`s names a parameter: the layout is the
    /// same for every argument, measured now on a twin with the same field
    /// types and `repr`.
    Concrete,
}

/// Checks a generic `Pod` / `NoUninit` struct; `None` (with an error) when
/// some argument could leave padding.
pub(crate) fn generic_layout(
    input: &Input<'_>,
    derive: Derive,
    fields: &[Field<'_>],
    errors: &mut Errors,
) -> Option<GenericLayout> {
    let repr = &input.repr;
    let name = input.name();
    if let Some(hint) = repr.conditional.first() {
        errors.at(
            hint.span,
            format_args!(
                "a `repr` hint inside `cfg_attr` changes the layout of generic `{name}` in \
                 some configurations, so `derive({})` cannot prove it has no padding for every \
                 parameter; write the hint unconditionally",
                derive.name()
            ),
        );
        return None;
    }
    if repr.is_transparent() || repr.packed.is_some_and(|packed| packed.value == 1) {
        return Some(GenericLayout::Any);
    }
    // `Self` counts as a parameter: the twin below is another type.
    let mut params = ident::param_names(&input.ast.generics);
    params.push("Self".to_owned());
    let macro_free = fields
        .iter()
        .all(|field| type_macro(&field.ty.to_token_stream()).is_none());
    let concrete = macro_free
        && fields
            .iter()
            .filter(|field| !is_phantom(field.ty))
            .all(|field| !ident::mentions(&field.ty.to_token_stream(), &params));
    if concrete && repr.is_c() {
        return Some(GenericLayout::Concrete);
    }
    if let Some(packed) = repr.packed {
        errors.at(
            packed.span,
            format_args!(
                "`packed({})` on generic `{name}` leaves padding that depends on the \
                 parameters; use `packed` (that is, `packed(1)`), or derive on a concrete struct",
                packed.value
            ),
        );
        return None;
    }
    if let Some(align) = repr.align {
        errors.at(
            align.span,
            format_args!(
                "`align({})` on generic `{name}` adds trailing padding that depends on the \
                 parameters; remove it, or derive on a concrete struct",
                align.value
            ),
        );
        return None;
    }
    if !repr.is_c() {
        // `require_fixed_layout` reported it.
        return None;
    }
    match first_non_uniform(fields) {
        None if macro_free => Some(GenericLayout::Any),
        None => None,
        Some(field) => {
            errors.spanned(
                field.ty,
                format_args!(
                    "`derive({})` on generic `{name}` cannot prove it has no padding for every \
                     parameter: this field's type differs from the first field's, and a field \
                     names a parameter, so padding between them depends on the arguments; give \
                     every field one type (or arrays of it), use `#[repr(C, packed)]`, or derive \
                     on a concrete struct",
                    derive.name()
                ),
            );
            None
        }
    }
}

/// The first field that is neither the first field's element type, nor an
/// array of it, nor a `PhantomData`; `None` when the fields are uniform.
fn first_non_uniform<'f, 'a>(fields: &'f [Field<'a>]) -> Option<&'f Field<'a>> {
    let mut first: Option<String> = None;
    for field in fields {
        let elem = match field.ty {
            Type::Array(array) => &*array.elem,
            ty if is_phantom(ty) => continue,
            ty => ty,
        };
        let text = ident::canonical(&elem.to_token_stream());
        match &first {
            None => first = Some(text),
            Some(expected) if *expected != text => return Some(field),
            Some(_) => {}
        }
    }
    None
}

/// `PhantomData<..>` by its last path segment (the proof checks the real
/// type: a `PhantomData` is zero-sized with alignment 1).
pub(crate) fn is_phantom(ty: &Type) -> bool {
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
