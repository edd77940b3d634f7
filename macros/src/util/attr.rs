//! The attribute toolkit every capability shares: one spanned value, and
//! one duplicate rule with one wording.

use super::Errors;
use proc_macro2::Span;
use quote::ToTokens;
use std::fmt::Display;

/// A value and the token it was read from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    pub(crate) span: Span,
}

/// Records that `what` is given a second time, at the second occurrence:
/// "duplicate `crate` argument; remove this one".
pub(crate) fn duplicate(errors: &mut Errors, at: impl ToTokens, what: impl Display) {
    errors.spanned(at, format_args!("duplicate {what}; remove this one"));
}

/// As [`duplicate`], at a span.
pub(crate) fn duplicate_at(errors: &mut Errors, at: Span, what: impl Display) {
    errors.at(at, format_args!("duplicate {what}; remove this one"));
}
