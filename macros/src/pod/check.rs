//! Checking: decides from the parsed input what each derive must prove, or
//! records why it cannot. No tokens are generated here; the result is a
//! [`Plan`] that `expand.rs` turns into the proofs and the impl.
//!
//! Everything decided here from the derive's view of the item (its field
//! types, its `repr`) is re-proved in the generated code through the real
//! type, since a later attribute macro may rewrite the item: the plan picks
//! *which* proof to emit, never replaces it.

use super::attr::{Body, Field, Input};
use super::model::{Bound, Derive, Plan};
use crate::util::Errors;
use crate::util::repr::{Hint, Layout as ReprLayout};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Type;

/// Decides the plan for `derive` on `input`, recording every problem.
pub(crate) fn check(input: &Input<'_>, derive: Derive, errors: &mut Errors) -> Option<Plan> {
    if derive.needs_static() {
        for lifetime in input.ast.generics.lifetimes() {
            errors.spanned(
                &lifetime.lifetime,
                format_args!(
                    "`{}` types must be `'static`, and a lifetime parameter lets `{}` borrow; \
                     remove `{}` (store owned data or indices instead of references)",
                    derive.name(),
                    input.name(),
                    lifetime.lifetime,
                ),
            );
        }
    }
    // The caller emits nothing but the errors when any was recorded, so a
    // plan returned next to an error is never expanded.
    match &input.body {
        Body::Struct(fields) => check_struct(input, derive, fields, errors),
        Body::Union(_) => check_union(input, derive, errors),
        Body::Enum(variants) => super::enum_check::check_enum(input, derive, variants, errors),
    }
}

fn check_struct(
    input: &Input<'_>,
    derive: Derive,
    fields: &[Field<'_>],
    errors: &mut Errors,
) -> Option<Plan> {
    match derive {
        Derive::Zeroable | Derive::AnyBitPattern => {
            Bound::of(derive).map(|bound| Plan::Fields { bound, twin: false })
        }
        Derive::Pod | Derive::NoUninit => {
            // The padding proof itself is generated (and evaluated for every
            // instantiation); the `repr` is required so the layout is one a
            // reader of the item can predict, and a generic struct must have
            // a shape without padding for every argument.
            require_fixed_layout(input, derive, errors);
            let generic = input.ast.generics.type_params().next().is_some()
                || input.ast.generics.const_params().next().is_some();
            let twin = if generic {
                match super::generic_check::generic_layout(input, derive, fields, errors)? {
                    super::generic_check::GenericLayout::Any => false,
                    super::generic_check::GenericLayout::Concrete => true,
                }
            } else {
                false
            };
            Bound::of(derive).map(|bound| Plan::Fields { bound, twin })
        }
        Derive::CheckedBitPattern => {
            require_fixed_layout(input, derive, errors);
            Some(Plan::CheckedStruct)
        }
        Derive::TransparentWrapper => check_transparent(input, fields, errors),
        Derive::Contiguous => {
            errors.spanned(
                input.ident(),
                format_args!(
                    "`derive(Contiguous)` needs a fieldless enum, and `{}` is a struct; \
                     implement `Contiguous` for an enum like `#[repr(u8)] enum {} {{ A, B, C }}`",
                    input.name(),
                    input.name()
                ),
            );
            None
        }
    }
}

fn check_union(input: &Input<'_>, derive: Derive, errors: &mut Errors) -> Option<Plan> {
    match derive {
        Derive::Zeroable | Derive::AnyBitPattern => {
            Bound::of(derive).map(|bound| Plan::Fields { bound, twin: false })
        }
        Derive::Pod | Derive::NoUninit => {
            errors.spanned(
                input.ident(),
                format_args!(
                    "`derive({})` cannot prove that union `{}` has no fields besides the ones it \
                     sees (an attribute after the derive could add a smaller one, whose values \
                     leave bytes uninitialized); implement it by hand, with `unsafe impl {} for \
                     {} {{}}` and a `// SAFETY:` comment, or use a struct",
                    derive.name(),
                    input.name(),
                    derive.name(),
                    input.name(),
                ),
            );
            None
        }
        other @ (Derive::CheckedBitPattern | Derive::TransparentWrapper | Derive::Contiguous) => {
            let instead = match other {
                Derive::CheckedBitPattern => {
                    "derive `AnyBitPattern` if every field accepts any bit pattern"
                }
                Derive::TransparentWrapper => "wrap the value in a `#[repr(transparent)]` struct",
                Derive::Contiguous
                | Derive::Zeroable
                | Derive::Pod
                | Derive::AnyBitPattern
                | Derive::NoUninit => "use a fieldless `#[repr(u8)]` enum",
            };
            errors.spanned(
                input.ident(),
                format_args!(
                    "`derive({})` does not support unions; {instead}",
                    other.name(),
                ),
            );
            None
        }
    }
}

/// `Pod`, `NoUninit` and `CheckedBitPattern` need a layout rustc defines:
/// `repr(C)`, `repr(transparent)` or packed, present in every configuration.
fn require_fixed_layout(input: &Input<'_>, derive: Derive, errors: &mut Errors) {
    let repr = &input.repr;
    for unknown in &repr.unknown {
        errors.at(
            unknown.span,
            format_args!(
                "`derive({})` cannot reason about `repr({})`; use `repr(C)`, \
                 `repr(transparent)` or `repr(C, packed)`",
                derive.name(),
                unknown.value
            ),
        );
    }
    if let Some(layout) = repr.layout
        && layout.value == ReprLayout::Rust
        && repr.packed.is_none()
    {
        errors.at(
            layout.span,
            format_args!(
                "`derive({})` needs a layout rustc guarantees, and `repr(Rust)` has none; \
                 write `#[repr(C)]` instead",
                derive.name()
            ),
        );
        return;
    }
    if let (Some(packed), Some(align)) = (repr.packed, repr.align) {
        // rustc refuses the pair too (E0587, on the item); this says which
        // hint to drop, and nothing else follows from the derive.
        errors.at(
            align.span,
            format_args!(
                "`repr(packed)` and `align({})` contradict each other; remove `align({})` \
                 (or `{}`), or wrap the packed struct in an aligned one",
                align.value,
                align.value,
                if packed.value == 1 {
                    "packed".to_owned()
                } else {
                    format!("packed({})", packed.value)
                }
            ),
        );
        return;
    }
    if repr.is_c() || repr.is_transparent() || repr.packed.is_some() {
        return;
    }
    let conditional = repr.conditional.iter().find(|hint| {
        matches!(
            hint.value,
            Hint::Layout(ReprLayout::C | ReprLayout::Transparent) | Hint::Packed(_)
        )
    });
    match conditional {
        Some(hint) => errors.at(
            hint.span,
            format_args!(
                "`derive({})` needs `repr(C)` in every configuration, and this one is inside \
                 `cfg_attr`; write `#[repr(C)]` unconditionally",
                derive.name()
            ),
        ),
        None => errors.spanned(
            input.ident(),
            format_args!(
                "`derive({})` needs a layout rustc guarantees; add `#[repr(C)]` to `{}` \
                 (or `#[repr(transparent)]` for a single field, `#[repr(C, packed)]` to \
                 remove padding)",
                derive.name(),
                input.name()
            ),
        ),
    }
}

fn check_transparent(input: &Input<'_>, fields: &[Field<'_>], errors: &mut Errors) -> Option<Plan> {
    if !input.repr.is_transparent() {
        errors.spanned(
            input.ident(),
            format_args!(
                "`derive(TransparentWrapper)` needs `#[repr(transparent)]` on `{}`, so that it \
                 has the layout of the field it wraps; add it",
                input.name()
            ),
        );
    }
    let index = match &input.transparent {
        Some((inner, span)) => {
            let wanted = inner.to_token_stream().to_string();
            let found = fields
                .iter()
                .position(|field| field.ty.to_token_stream().to_string() == wanted);
            if found.is_none() {
                errors.at(
                    *span,
                    format_args!(
                        "no field of `{}` has type `{}`; name the type of the field it wraps",
                        input.name(),
                        inner.to_token_stream()
                    ),
                );
            }
            found
        }
        None => match fields {
            [] => {
                errors.spanned(
                    input.ident(),
                    format_args!(
                        "`{}` has no field to wrap; add the wrapped field, e.g. `struct {}(u32);`",
                        input.name(),
                        input.name()
                    ),
                );
                None
            }
            [_] => Some(0),
            _ => {
                errors.spanned(
                    input.ident(),
                    format_args!(
                        "`{}` has several fields; say which one it wraps with \
                         `#[transparent(Type)]`, naming that field's type",
                        input.name()
                    ),
                );
                None
            }
        },
    };
    let field = fields.get(index?)?;
    let inner = match &input.transparent {
        Some((inner, _)) => inner.clone(),
        None => field.ty.clone(),
    };
    if let Some(span) = type_macro(&inner.to_token_stream()) {
        errors.at(
            span,
            "a type macro (or an attribute, which may be a macro) in the wrapped type may \
             expand to a different type in the generated impl than in the struct; name the \
             type directly or through a type alias",
        );
        return None;
    }
    if let Some(last) = fields.last()
        && may_be_unsized(last.ty)
    {
        errors.spanned(
            last.ty,
            format_args!(
                "`derive(TransparentWrapper)` cannot prove the layout of `{}` when its last \
                 field is unsized: the size and alignment it compares exist only for sized \
                 types, and an attribute after the derive could change the `repr` unseen; \
                 implement `TransparentWrapper` by hand with `unsafe impl` and a \
                 `// SAFETY:` comment",
                input.name()
            ),
        );
        return None;
    }
    Some(Plan::Transparent {
        inner: Box::new(inner),
        index: index?,
    })
}

/// Slices, `str` and trait objects (or a type macro, which may be one).
fn may_be_unsized(ty: &Type) -> bool {
    match ty {
        Type::Slice(_) | Type::TraitObject(_) | Type::Macro(_) => true,
        Type::Path(path) => path.path.is_ident("str"),
        Type::Group(group) => may_be_unsized(&group.elem),
        Type::Paren(paren) => may_be_unsized(&paren.elem),
        _ => false,
    }
}

/// The span of the first macro call (`name!`) in a type's tokens, or of
/// the first attribute (`#`, on an item in a braced constant), which may
/// be a macro too.
pub(crate) fn type_macro(tokens: &TokenStream) -> Option<Span> {
    let mut previous_ident: Option<Span> = None;
    for tree in tokens.clone() {
        match &tree {
            TokenTree::Punct(punct) if punct.as_char() == '#' => return Some(punct.span()),
            TokenTree::Punct(punct) if punct.as_char() == '!' => {
                if let Some(span) = previous_ident {
                    return Some(span);
                }
            }
            TokenTree::Group(group) => {
                if let Some(span) = type_macro(&group.stream()) {
                    return Some(span);
                }
            }
            _ => {}
        }
        previous_ident = match &tree {
            TokenTree::Ident(ident) => Some(ident.span()),
            _ => None,
        };
    }
    None
}
