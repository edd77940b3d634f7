//! Checking enums: which derives apply, the tag type, and (for `Zeroable`
//! with fields) which variant has discriminant 0. As for structs, every
//! choice made here from the derive's view is re-proved by the generated
//! code on the real enum.

use super::attr::{Input, Variant};
use super::model::{Derive, EnumInt, Plan};
use crate::util::Errors;
use crate::util::repr::{Hint, Layout as ReprLayout};
use syn::{Expr, Lit, UnOp};

pub(crate) fn check_enum(
    input: &Input<'_>,
    derive: Derive,
    variants: &[Variant<'_>],
    errors: &mut Errors,
) -> Option<Plan> {
    let name = input.name();
    match derive {
        Derive::Pod | Derive::AnyBitPattern => {
            errors.spanned(
                input.ident(),
                format_args!(
                    "`derive({})` cannot be derived for enum `{name}`: not every bit pattern is \
                     one of its variants; derive `CheckedBitPattern` (to read it from bytes \
                     after a check) and `NoUninit` (to view it as bytes) instead",
                    derive.name()
                ),
            );
            return None;
        }
        Derive::TransparentWrapper => {
            errors.spanned(
                input.ident(),
                format_args!(
                    "`derive(TransparentWrapper)` needs a `#[repr(transparent)]` struct, and \
                     `{name}` is an enum; wrap the value in a struct"
                ),
            );
            return None;
        }
        Derive::Zeroable | Derive::NoUninit | Derive::CheckedBitPattern | Derive::Contiguous => {}
    }
    if variants.is_empty() {
        errors.spanned(
            input.ident(),
            format_args!(
                "`derive({})` needs at least one variant, and `{name}` has none{}",
                derive.name(),
                if derive == Derive::Zeroable {
                    "; no value of it can be all zeroes"
                } else {
                    "; add the variants"
                }
            ),
        );
        return None;
    }
    let int = enum_int(input, derive, errors);
    reject_align(input, derive, errors);
    let with_fields = variants.iter().find(|variant| !variant.fields.is_empty());
    match (derive, with_fields) {
        (Derive::Zeroable, None) => {
            no_zero_discriminant(input, variants, errors);
            Some(Plan::ZeroDiscriminant(int?))
        }
        (Derive::Zeroable, Some(_)) => {
            let index = zero_variant(input, variants, errors)?;
            let _ = int;
            Some(Plan::ZeroVariant { index })
        }
        (_, Some(variant)) => {
            let why = match derive {
                Derive::NoUninit => {
                    "its variants may leave padding or uninitialized bytes; derive it on a \
                     fieldless enum, or on a struct holding the tag and the data"
                }
                Derive::CheckedBitPattern => {
                    "enums with fields are not supported yet; derive it on a fieldless enum \
                     and keep the data in a struct next to it"
                }
                Derive::Contiguous
                | Derive::Zeroable
                | Derive::Pod
                | Derive::AnyBitPattern
                | Derive::TransparentWrapper => {
                    "the values of the enum must be exactly its integers; remove the fields"
                }
            };
            errors.spanned(
                variant.ident,
                format_args!(
                    "`derive({})` needs a fieldless enum, and variant `{}` of `{name}` has \
                     fields: {why}",
                    derive.name(),
                    crate::util::ident::name(variant.ident),
                ),
            );
            None
        }
        (Derive::NoUninit, None) => Some(Plan::FieldlessEnum(int?)),
        (Derive::CheckedBitPattern, None) => Some(Plan::CheckedEnum(int?)),
        (_, None) => {
            gap(input, variants, errors);
            Some(Plan::Contiguous(int?))
        }
    }
}

/// `NoUninit`, `CheckedBitPattern` and `Contiguous` treat a fieldless enum
/// as exactly its tag integer; `align` adds uninitialized padding after the
/// tag. (The generated code also asserts the size, against a `repr` changed
/// after the derive.)
fn reject_align(input: &Input<'_>, derive: Derive, errors: &mut Errors) {
    let name = input.name();
    if matches!(
        derive,
        Derive::NoUninit | Derive::CheckedBitPattern | Derive::Contiguous
    ) && let Some(align) = input.repr.align
    {
        errors.at(
            align.span,
            format_args!(
                "`align({})` pads `{name}` past its tag with uninitialized bytes, and \
                 `derive({})` needs the enum to be exactly its tag integer; remove the \
                 `align` hint (wrap the enum in a `#[repr(C, align(N))]` struct with \
                 explicit padding if you need the alignment)",
                align.value,
                derive.name()
            ),
        );
    }
}

/// An enum's tag type: `repr(uN)`/`repr(iN)` (with or without `C`), or
/// `repr(C)`'s C `int`.
fn enum_int(input: &Input<'_>, derive: Derive, errors: &mut Errors) -> Option<EnumInt> {
    let repr = &input.repr;
    if let Some(int) = repr.int {
        return Some(EnumInt::Int(int.value));
    }
    if repr.is_c() {
        return Some(EnumInt::CInt);
    }
    let conditional = repr
        .conditional
        .iter()
        .find(|hint| matches!(hint.value, Hint::Int(_) | Hint::Layout(ReprLayout::C)));
    match conditional {
        Some(hint) => errors.at(
            hint.span,
            format_args!(
                "`derive({})` needs the enum's tag type in every configuration, and this \
                 `repr` is inside `cfg_attr`; write e.g. `#[repr(u8)]` unconditionally",
                derive.name()
            ),
        ),
        None => errors.spanned(
            input.ident(),
            format_args!(
                "`derive({})` needs to know the tag type of enum `{}`; add `#[repr(u8)]` \
                 (or another integer type, or `#[repr(C)]`)",
                derive.name(),
                input.name()
            ),
        ),
    }
    None
}

/// Finds the variant whose discriminant is 0 from the discriminants as
/// written. The generated code re-proves the choice by building that
/// variant from zeroed fields and checking its tag bytes are zero.
fn zero_variant(input: &Input<'_>, variants: &[Variant<'_>], errors: &mut Errors) -> Option<usize> {
    let mut next: Option<i128> = Some(0);
    let mut unknown = None;
    for (index, variant) in variants.iter().enumerate() {
        let value = match variant.discriminant {
            Some(expr) => {
                let value = literal(expr);
                if value.is_none() && unknown.is_none() {
                    unknown = Some(expr);
                }
                value
            }
            None => next,
        };
        if value == Some(0) {
            return Some(index);
        }
        next = value.and_then(|value| value.checked_add(1));
    }
    match unknown {
        Some(expr) => errors.spanned(
            expr,
            format_args!(
                "`derive(Zeroable)` cannot tell which variant of `{}` has discriminant 0 from \
                 this expression; write the discriminants as integer literals, e.g. `= 0`",
                input.name()
            ),
        ),
        None => errors.spanned(
            input.ident(),
            format_args!(
                "`derive(Zeroable)` needs a variant with discriminant 0, and `{}` has none; \
                 add one (e.g. `None = 0`) or give an existing variant `= 0`",
                input.name()
            ),
        ),
    }
    None
}

/// The discriminant of each variant when every one is an integer literal
/// or follows one (`None` when any is another expression: the generated
/// proof then decides alone).
fn discriminants(variants: &[Variant<'_>]) -> Option<Vec<i128>> {
    let mut next = 0_i128;
    let mut values = Vec::with_capacity(variants.len());
    for variant in variants {
        let value = match variant.discriminant {
            Some(expr) => literal(expr)?,
            None => next,
        };
        values.push(value);
        next = value.checked_add(1)?;
    }
    Some(values)
}

/// A fieldless `Zeroable` enum without discriminant 0, said on the enum
/// before the proof would (the proof stays: it reads the real bytes).
fn no_zero_discriminant(input: &Input<'_>, variants: &[Variant<'_>], errors: &mut Errors) {
    if let Some(values) = discriminants(variants)
        && !values.contains(&0)
    {
        errors.spanned(
            input.ident(),
            format_args!(
                "`derive(Zeroable)` needs a variant with discriminant 0, and `{}` has none, so \
                 all-zero bytes are not a value of it; add one (e.g. `None = 0`) or give an \
                 existing variant `= 0`",
                input.name()
            ),
        );
    }
}

/// A `Contiguous` enum whose literal discriminants leave a gap (or repeat),
/// said on the variant after which the gap begins.
fn gap(input: &Input<'_>, variants: &[Variant<'_>], errors: &mut Errors) {
    let Some(values) = discriminants(variants) else {
        return;
    };
    let mut order: Vec<(i128, &Variant<'_>)> = values.into_iter().zip(variants).collect();
    order.sort_by_key(|(value, _)| *value);
    for pair in order.windows(2) {
        let [(low, before), (high, _)] = pair else {
            continue;
        };
        if high - low != 1 {
            errors.spanned(
                before.ident,
                format_args!(
                    "the discriminants of `{}` are not contiguous: after `{}` = {low}, no \
                     variant is {}; number the variants without gaps (e.g. `A = 1, B, C`)",
                    input.name(),
                    crate::util::ident::name(before.ident),
                    low + 1
                ),
            );
            return;
        }
    }
}

/// An integer literal, possibly negated, possibly in parentheses.
fn literal(expr: &Expr) -> Option<i128> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(int) => int.base10_parse::<i128>().ok(),
            _ => None,
        },
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => {
            literal(&unary.expr).and_then(i128::checked_neg)
        }
        Expr::Paren(paren) => literal(&paren.expr),
        Expr::Group(group) => literal(&group.expr),
        _ => None,
    }
}
