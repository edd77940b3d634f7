//! Checking: decides from the parsed input what each derive must prove, or
//! records why it cannot. No tokens are generated here; the result is a
//! [`Plan`] that `expand.rs` turns into the proofs and the impl.
//!
//! Everything decided here from the derive's view of the item (its field
//! types, its `repr`) is re-proved in the generated code through the real
//! type, since a later attribute macro may rewrite the item: the plan picks
//! *which* proof to emit, never replaces it.

use super::attr::{Body, Field, Input};
use crate::util::Errors;
use crate::util::repr::{Hint, Int, Layout as ReprLayout};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Type;

/// The derive being expanded.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Derive {
    Zeroable,
    Pod,
    AnyBitPattern,
    NoUninit,
    CheckedBitPattern,
    TransparentWrapper,
    Contiguous,
}

impl Derive {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Derive::Zeroable => "Zeroable",
            Derive::Pod => "Pod",
            Derive::AnyBitPattern => "AnyBitPattern",
            Derive::NoUninit => "NoUninit",
            Derive::CheckedBitPattern => "CheckedBitPattern",
            Derive::TransparentWrapper => "TransparentWrapper",
            Derive::Contiguous => "Contiguous",
        }
    }

    /// The trait's contract includes `'static`.
    fn needs_static(self) -> bool {
        !matches!(self, Derive::Zeroable | Derive::TransparentWrapper)
    }
}

/// The trait every field must implement.
#[derive(Clone, Copy)]
pub(crate) enum Bound {
    Zeroable,
    Pod,
    AnyBitPattern,
    NoUninit,
}

/// How the generated code proves that a struct or union has no padding.
pub(crate) enum Layout {
    /// Non-generic struct: constants over the field offsets and sizes.
    Consts,
    /// Non-generic union: every field is as large as the union.
    UnionConsts,
    /// Generic `repr(transparent)`: rustc lays it out as its one non-trivial
    /// field, which is itself without padding. The constants also measure
    /// one instance, which catches a later attribute macro that changed the
    /// `repr` (every generic layout is confirmed on an instance this way).
    Transparent,
    /// Generic `repr(packed)` / `repr(packed(1))`: nothing is ever padded.
    Packed1,
    /// Generic `repr(C)` whose fields are one type `E`, arrays of it, or
    /// `PhantomData`: every offset and the size are multiples of `E`'s
    /// alignment, whatever `E` is.
    Uniform(Vec<Kind>),
    /// Generic, but no field other than `PhantomData`s mentions a parameter:
    /// the layout is the same for every argument, so the constants measure
    /// one instance (`()` for types, `0` for consts), after proving each
    /// field has exactly the concrete type written (`true` marks the
    /// `PhantomData`s).
    Concrete(Vec<bool>),
}

/// A field's role in a uniform struct.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Elem,
    Array,
    Phantom,
}

/// The integer an enum's tag is read as.
#[derive(Clone, Copy)]
pub(crate) enum EnumInt {
    /// `repr(u8)` ... `repr(isize)`, alone or with `C`.
    Int(Int),
    /// `repr(C)` alone: the tag is a C `int`; the generated code asserts the
    /// enum really has that size.
    CInt,
}

/// What the generated code proves for one derive.
pub(crate) enum Plan {
    /// A struct or union: every field implements `bound`; `layout` proves
    /// there is no padding when the trait needs it.
    Fields {
        bound: Bound,
        layout: Option<Layout>,
    },
    /// `Zeroable` for a fieldless enum: some discriminant is 0.
    ZeroDiscriminant(EnumInt),
    /// `Zeroable` for an enum with fields: variant `index`, built from
    /// zeroed fields, has the all-zero tag.
    ZeroVariant { index: usize, int: EnumInt },
    /// `NoUninit` for a fieldless enum: its tag is its only byte content.
    FieldlessEnum(EnumInt),
    /// `CheckedBitPattern` for a fieldless enum: valid tags are exactly the
    /// discriminants.
    CheckedEnum(EnumInt),
    /// `CheckedBitPattern` for a struct, through a `Bits` struct whose layout
    /// is asserted equal to the real one (for a generic struct, on a probe
    /// instance).
    CheckedStruct,
    /// `TransparentWrapper<inner>`: field `index` has type `inner`, every
    /// other field is a known zero-sized type of alignment 1.
    Transparent { inner: Box<Type>, index: usize },
    /// `Contiguous`: discriminants form one range.
    Contiguous(EnumInt),
}

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
        Derive::Zeroable => Some(Plan::Fields {
            bound: Bound::Zeroable,
            layout: None,
        }),
        Derive::AnyBitPattern => Some(Plan::Fields {
            bound: Bound::AnyBitPattern,
            layout: None,
        }),
        Derive::Pod | Derive::NoUninit => {
            let bound = if derive == Derive::Pod {
                Bound::Pod
            } else {
                Bound::NoUninit
            };
            require_fixed_layout(input, derive, errors);
            let layout = super::layout_check::no_padding_layout(input, derive, fields, errors)?;
            Some(Plan::Fields {
                bound,
                layout: Some(layout),
            })
        }
        Derive::CheckedBitPattern => {
            require_fixed_layout(input, derive, errors);
            // A generic struct's `Bits` can only be trusted to share its
            // layout when rustc's layout rules are fixed: `repr(C)` or
            // `repr(transparent)` (a Rust-layout `packed` may reorder).
            let fixed = input.repr.is_c() || input.repr.is_transparent();
            if input.has_type_or_const_params()
                && !fixed
                && let Some(packed) = input.repr.packed
            {
                errors.at(
                    packed.span,
                    format_args!(
                        "`derive(CheckedBitPattern)` on generic `{}` needs the field order \
                         of `repr(C)`; write `#[repr(C, packed)]`",
                        input.name()
                    ),
                );
            }
            // The layouts of `Bits` and the item are compared on one
            // instance: without it, an attribute after the derive could
            // reorder or realign the real fields unseen.
            if input.has_type_or_const_params()
                && let Some((span, what)) = super::layout_check::probe_blocker(input)
            {
                errors.at(
                    span,
                    super::layout_check::probe_message(input, derive, &what),
                );
                return None;
            }
            // The probe compares one instance only, and the `Bits` struct
            // has the `repr` the derive saw: if an attribute after the
            // derive made the real item `repr(Rust)`, its fields may be
            // ordered differently for other arguments, and a field would be
            // validated at another field's offset. Generic shapes where
            // that cannot matter: fields naming no parameter (one layout
            // for every argument, so the probe proves it), fields all of one
            // element type (every element slot is validated as that type,
            // whatever the order), or one wrapped field.
            if input.has_type_or_const_params()
                && !input.repr.is_transparent()
                && !super::layout_check::concrete_fields(input, fields)
                && let Some(field) = super::layout_check::first_non_uniform(fields)
            {
                errors.spanned(
                    field.ty,
                    format_args!(
                        "`derive(CheckedBitPattern)` validates each field of generic `{}` at \
                         the offset it has in the `repr` the derive saw, which another \
                         attribute could change for some parameters; field `{}` has a \
                         different type from the first and the fields name a parameter: \
                         give every field one type (or arrays of it), or derive on a concrete \
                         struct",
                        input.name(),
                        field.display()
                    ),
                );
                return None;
            }
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
        Derive::Zeroable => Some(Plan::Fields {
            bound: Bound::Zeroable,
            layout: None,
        }),
        Derive::AnyBitPattern => Some(Plan::Fields {
            bound: Bound::AnyBitPattern,
            layout: None,
        }),
        Derive::Pod | Derive::NoUninit => {
            require_fixed_layout(input, derive, errors);
            if input.has_type_or_const_params() {
                errors.spanned(
                    &input.ast.generics,
                    format_args!(
                        "`derive({})` cannot prove that every field of generic union `{}` \
                         is as large as the union for every parameter; derive it on a \
                         concrete union",
                        derive.name(),
                        input.name()
                    ),
                );
            }
            unknown_union_attributes(input, derive, errors);
            Some(Plan::Fields {
                bound: if derive == Derive::Pod {
                    Bound::Pod
                } else {
                    Bound::NoUninit
                },
                layout: Some(Layout::UnionConsts),
            })
        }
        other => {
            errors.spanned(
                input.ident(),
                format_args!(
                    "`derive({})` does not support unions; {}",
                    other.name(),
                    match other {
                        Derive::CheckedBitPattern =>
                            "derive `AnyBitPattern` if every field accepts any bit pattern",
                        Derive::TransparentWrapper =>
                            "wrap the value in a `#[repr(transparent)]` struct",
                        _ => "use a fieldless `#[repr(u8)]` enum",
                    }
                ),
            );
            None
        }
    }
}

/// A union's padding proof covers the fields the derive saw, and unlike a
/// struct's (whose exhaustive pattern fails on an added field) nothing can
/// prove a union has no others: an attribute macro after the derive could
/// add a small field, and a value built from it would leave bytes
/// uninitialized. Every attribute the derive cannot tell is inert is
/// refused.
fn unknown_union_attributes(input: &Input<'_>, derive: Derive, errors: &mut Errors) {
    const INERT: [&str; 14] = [
        "repr",
        "doc",
        "allow",
        "warn",
        "deny",
        "forbid",
        "expect",
        "deprecated",
        "must_use",
        "derive",
        "cfg",
        "cfg_attr",
        "vouch",
        "automatically_derived",
    ];
    const TOOLS: [&str; 3] = ["rustfmt", "clippy", "diagnostic"];
    for attr in &input.ast.attrs {
        let path = attr.path();
        let inert = match path.get_ident() {
            Some(ident) => INERT.iter().any(|name| ident == name),
            None => path
                .segments
                .first()
                .is_some_and(|first| TOOLS.iter().any(|tool| first.ident == tool)),
        };
        if !inert {
            errors.spanned(
                path,
                format_args!(
                    "`derive({})` cannot prove that this attribute adds no field to union \
                     `{}` after the derive ran, and a smaller added field would leave bytes \
                     uninitialized; put `#[derive({})]` below the attribute",
                    derive.name(),
                    input.name(),
                    derive.name()
                ),
            );
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
            "a type macro in the wrapped type may expand to a different type in the generated \
             impl than in the struct; name the type directly or through a type alias",
        );
        return None;
    }
    Some(Plan::Transparent {
        inner: Box::new(inner),
        index: index?,
    })
}

/// The span of the first macro call (`name!`) in a type's tokens.
pub(crate) fn type_macro(tokens: &TokenStream) -> Option<Span> {
    let mut previous_ident: Option<Span> = None;
    for tree in tokens.clone() {
        match &tree {
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
