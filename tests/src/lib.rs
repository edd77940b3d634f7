//! The strict-lint crate: every macro of vouch, used the way the most
//! demanding user would, must compile here without a single warning.
//!
//! - `#![deny(warnings)]`, every rustc lint group and allow-by-default lint
//!   that applies to items, and clippy's pedantic, nursery and restriction
//!   groups: generated code adds no warning, and public generated items
//!   carry docs (also compiled in editions 2015-2021 by `tests/lint/`, and
//!   checked with `rust-analyzer diagnostics` in CI);
//! - every macro in every shape: generic, `#[deprecated]`, private, written
//!   by `macro_rules!` (`shapes`);
//! - `#![forbid(unsafe_code)]`: users never write `unsafe` to use vouch;
//! - `#![no_implicit_prelude]` and the items below named like the prelude's
//!   and `core`'s: generated code names nothing it has not spelled out in
//!   full, so a user's `Option` or `core` cannot capture it.
#![no_std]
#![no_implicit_prelude]
// Every warning, every lint group of rustc, and every allow-by-default rustc
// lint that can fire on items (the ones missing need a nightly feature, or
// look at code no macro of vouch writes: FFI, provenance casts, `async`).
#![deny(
    warnings,
    future_incompatible,
    keyword_idents,
    let_underscore,
    nonstandard_style,
    refining_impl_trait,
    rust_2018_compatibility,
    rust_2018_idioms,
    rust_2021_compatibility,
    rust_2024_compatibility,
    unused,
    deprecated_safe,
    ambiguous_negative_literals,
    deprecated_in_future,
    deref_into_dyn_supertrait,
    elided_lifetimes_in_paths,
    explicit_outlives_requirements,
    impl_trait_redundant_captures,
    macro_use_extern_crate,
    meta_variable_misuse,
    missing_copy_implementations,
    missing_debug_implementations,
    missing_docs,
    non_ascii_idents,
    redundant_imports,
    redundant_lifetimes,
    single_use_lifetimes,
    trivial_casts,
    trivial_numeric_casts,
    unit_bindings,
    unnameable_types,
    unreachable_pub,
    unsafe_op_in_unsafe_fn,
    unstable_features,
    unused_extern_crates,
    unused_import_braces,
    unused_lifetimes,
    unused_macro_rules,
    unused_qualifications,
    unused_results,
    variant_size_differences
)]
// The test build of the library sees the dev-dependencies of the tests.
#![cfg_attr(not(test), deny(unused_crate_dependencies))]
// Clippy: every group that can fire on items, `restriction` included. Left
// out are only the restriction lints that judge this crate's own hand-written
// API and style (generated code, which comes from expansions, is never what
// they look at) or contradict another lint.
#![deny(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
#![expect(
    clippy::blanket_clippy_restriction_lints,
    reason = "every restriction lint is on, but for the ones below"
)]
#![expect(
    clippy::implicit_return,
    clippy::pub_with_shorthand,
    reason = "they contradict `clippy::needless_return` and `clippy::pub_without_shorthand`"
)]
#![expect(
    clippy::absolute_paths,
    reason = "this crate spells every path out on purpose"
)]
#![expect(
    clippy::arbitrary_source_item_ordering,
    clippy::exhaustive_enums,
    clippy::exhaustive_structs,
    clippy::float_arithmetic,
    clippy::missing_inline_in_public_items,
    clippy::missing_trait_methods,
    clippy::partial_pub_fields,
    reason = "they judge the API and style of the items this crate writes by hand"
)]
#![forbid(unsafe_code)]

// Edition 2015 resolves `::vouch` at the crate root only.
#[cfg(feature = "edition-2015")]
extern crate vouch;

pub mod builder;
pub mod pin;
pub mod pod;
pub mod sealed;
pub mod shapes;

/// Named like the prelude's `Option`, to capture any unqualified use.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
pub struct Option;
/// Named like the prelude's `Result`, to capture any unqualified use.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
pub struct Result;
/// Named like the prelude's `Some`.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
pub struct Some;
/// Named like the prelude's `Ok`.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
pub struct Ok;
/// Named like `core`, to capture any `core::` path that is not absolute.
/// (In edition 2015, `::core` itself names the crate root's `core`.)
#[cfg(not(feature = "edition-2015"))]
pub mod core {}
/// Named like `vouch`'s hidden module, to capture a relative `__private`.
pub mod __private {}
