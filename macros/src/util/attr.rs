//! The attribute toolkit every capability shares: one spanned value, one
//! duplicate rule with one wording, and which attributes no macro stands
//! behind.

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

/// Whether `attr` is one of rustc's own attributes that no macro stands
/// behind: a single identifier, which no import can shadow (rustc reports
/// a macro imported as `allow` ambiguous). Any other may be an attribute
/// macro, which runs after the one reading it and gets its output: a path
/// too, even a tool's (`clippy::allow` is a macro of a user's `mod
/// clippy`), and a `cfg_attr`, which can hold one.
pub(crate) fn is_inert(attr: &syn::Attribute) -> bool {
    const BUILT_IN: &[&str] = &[
        "allow",
        "automatically_derived",
        "cfg",
        "cold",
        "deny",
        "deprecated",
        "doc",
        "expect",
        "export_name",
        "forbid",
        "inline",
        "link_section",
        "must_use",
        "no_mangle",
        "track_caller",
        "target_feature",
        "warn",
    ];
    attr.path().get_ident().is_some_and(|name| {
        let name = crate::util::ident::name(name);
        BUILT_IN.contains(&name.as_str())
    })
}
