//! The one `repr` parser of the crate.
//!
//! Reads every `#[repr(...)]` of an item, and the `repr(...)` inside
//! `#[cfg_attr(predicate, ...)]` (which attribute macros see unexpanded). A
//! conditional hint can neither be relied on (a check that *needs*
//! `repr(C)` must not count it) nor ignored (a check that *forbids* `packed`
//! must): [`Repr::conditional`] keeps them apart from the certain ones.

use super::attr::Spanned;
use crate::util::Errors;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::ParseStream;
use syn::{Attribute, LitInt, Meta, Token};

/// `repr(C)`, `repr(transparent)` or an explicit `repr(Rust)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Layout {
    C,
    Transparent,
    Rust,
}

/// The primitive representation of an enum: `repr(u8)` ... `repr(isize)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Int {
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
}

impl Int {
    const ALL: [(&'static str, Int); 12] = [
        ("u8", Int::U8),
        ("u16", Int::U16),
        ("u32", Int::U32),
        ("u64", Int::U64),
        ("u128", Int::U128),
        ("usize", Int::Usize),
        ("i8", Int::I8),
        ("i16", Int::I16),
        ("i32", Int::I32),
        ("i64", Int::I64),
        ("i128", Int::I128),
        ("isize", Int::Isize),
    ];

    fn from_name(name: &str) -> Option<Int> {
        Int::ALL
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, int)| *int)
    }

    pub(crate) fn name(self) -> &'static str {
        Int::ALL
            .iter()
            .find(|(_, int)| *int == self)
            .map_or("u8", |(name, _)| name)
    }

    /// The primitive type as an absolute path (`core::primitive::u8`), which
    /// a user's `struct u8;` cannot shadow.
    pub(crate) fn path(self, core: &TokenStream) -> TokenStream {
        let name = format_ident!("{}", self.name());
        quote!(#core::primitive::#name)
    }
}

/// One hint of a `repr(...)` list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    Layout(Layout),
    Int(Int),
    /// `packed` is `packed(1)`.
    Packed(u32),
    Align(u32),
}

/// Every `repr` hint of an item, each with the span of its token.
#[derive(Clone, Debug, Default)]
pub(crate) struct Repr {
    pub(crate) layout: Option<Spanned<Layout>>,
    pub(crate) int: Option<Spanned<Int>>,
    pub(crate) packed: Option<Spanned<u32>>,
    pub(crate) align: Option<Spanned<u32>>,
    /// Hints inside `cfg_attr(...)`: present under some configurations only.
    pub(crate) conditional: Vec<Spanned<Hint>>,
    /// Hints vouch does not know (`simd`, a typo): rustc judges them; a
    /// check that needs a known layout must refuse them.
    pub(crate) unknown: Vec<Spanned<String>>,
}

impl Repr {
    /// Reads the `repr` hints of `attrs`. Conflicts (`repr(u8, u16)`,
    /// `repr(C, transparent)`, two different `packed(N)`) are recorded in
    /// `errors`, spanned at the second hint.
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Repr {
        let mut repr = Repr::default();
        for attr in attrs {
            repr.read_attr(&attr.meta, false, errors);
        }
        if let (Some(layout), Some(int)) = (repr.layout, repr.int)
            && layout.value == Layout::Transparent
        {
            errors.at(
                int.span,
                "`repr(transparent)` cannot be combined with an integer repr; keep one of them",
            );
        }
        repr
    }

    /// The span of the first packing hint, certain or conditional.
    pub(crate) fn packed_span(&self) -> Option<Span> {
        self.packed.map(|at| at.span).or_else(|| {
            self.conditional
                .iter()
                .find(|hint| matches!(hint.value, Hint::Packed(_)))
                .map(|hint| hint.span)
        })
    }

    pub(crate) fn is_c(&self) -> bool {
        matches!(
            self.layout,
            Some(Spanned {
                value: Layout::C,
                ..
            })
        )
    }

    pub(crate) fn is_transparent(&self) -> bool {
        matches!(
            self.layout,
            Some(Spanned {
                value: Layout::Transparent,
                ..
            })
        )
    }

    fn read_attr(&mut self, meta: &Meta, conditional: bool, errors: &mut Errors) {
        if meta.path().is_ident("repr") {
            let list = match meta.require_list() {
                Ok(list) => list,
                Err(error) => return errors.push(error),
            };
            let parsed = list.parse_args_with(|input: ParseStream<'_>| {
                let mut hints = Vec::new();
                while !input.is_empty() {
                    hints.push(parse_hint(input)?);
                    if input.is_empty() {
                        break;
                    }
                    input.parse::<Token![,]>()?;
                }
                Ok(hints)
            });
            match parsed {
                Ok(hints) => {
                    for hint in hints {
                        self.add(hint, conditional, errors);
                    }
                }
                Err(error) => errors.push(error),
            }
        } else if meta.path().is_ident("cfg_attr") {
            // `cfg_attr(predicate, attr, attr, ...)`: the predicate cannot be
            // evaluated here, so every `repr` behind it is conditional.
            let Ok(list) = meta.require_list() else {
                return;
            };
            let parsed = list.parse_args_with(|input: ParseStream<'_>| {
                input.parse::<Meta>()?;
                let mut metas = Vec::new();
                while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
                    metas.push(input.parse::<Meta>()?);
                }
                Ok(metas)
            });
            // A malformed `cfg_attr` is rustc's to report.
            for meta in parsed.unwrap_or_default() {
                self.read_attr(&meta, true, errors);
            }
        }
    }

    fn add(&mut self, hint: Parsed, conditional: bool, errors: &mut Errors) {
        let (hint, span) = match hint {
            Parsed::Known(at) => (at.value, at.span),
            Parsed::Unknown(at) => return self.unknown.push(at),
        };
        if conditional {
            return self.conditional.push(Spanned { value: hint, span });
        }
        match hint {
            Hint::Layout(layout) => set(&mut self.layout, layout, span, "layout", errors),
            Hint::Int(int) => set(&mut self.int, int, span, "integer", errors),
            Hint::Packed(n) => set(&mut self.packed, n, span, "packed", errors),
            Hint::Align(n) => match &mut self.align {
                // rustc keeps the largest of several `align`s.
                Some(old) if old.value >= n => {}
                slot => *slot = Some(Spanned { value: n, span }),
            },
        }
    }
}

fn set<T: PartialEq + Copy>(
    slot: &mut Option<Spanned<T>>,
    value: T,
    span: Span,
    what: &str,
    errors: &mut Errors,
) {
    match slot {
        None => *slot = Some(Spanned { value, span }),
        Some(old) if old.value == value => {}
        Some(_) => errors.at(
            span,
            format_args!("conflicting {what} `repr` hints; keep only one of them"),
        ),
    }
}

enum Parsed {
    Known(Spanned<Hint>),
    Unknown(Spanned<String>),
}

fn parse_hint(input: ParseStream<'_>) -> syn::Result<Parsed> {
    let ident: syn::Ident = input.call(syn::ext::IdentExt::parse_any)?;
    let span = ident.span();
    let name = ident.to_string();
    let known = |value| Ok(Parsed::Known(Spanned { value, span }));
    match name.as_str() {
        "C" => known(Hint::Layout(Layout::C)),
        "transparent" => known(Hint::Layout(Layout::Transparent)),
        "Rust" => known(Hint::Layout(Layout::Rust)),
        "packed" | "align" => {
            let n = if input.peek(syn::token::Paren) {
                let content;
                syn::parenthesized!(content in input);
                let lit: LitInt = content.parse()?;
                let n = lit.base10_parse::<u32>()?;
                if !n.is_power_of_two() {
                    return Err(syn::Error::new(
                        lit.span(),
                        format_args!("`{name}` needs a power of two, not {n}"),
                    ));
                }
                n
            } else if name == "packed" {
                1
            } else {
                return Err(syn::Error::new(
                    span,
                    "`align` needs a value; write e.g. `align(8)`",
                ));
            };
            if name == "packed" {
                known(Hint::Packed(n))
            } else {
                known(Hint::Align(n))
            }
        }
        other => {
            if let Some(int) = Int::from_name(other) {
                return known(Hint::Int(int));
            }
            // Skip any arguments of a hint we do not know.
            if input.peek(syn::token::Paren) {
                let _content;
                syn::parenthesized!(_content in input);
            }
            Ok(Parsed::Unknown(Spanned {
                value: other.to_owned(),
                span: ident.span(),
            }))
        }
    }
}
