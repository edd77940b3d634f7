//! The strict-lint crate: every macro of vouch, used the way the most
//! demanding user would, must compile here without a single warning.
//!
//! - `#![deny(warnings, missing_docs, clippy::pedantic)]`: generated code
//!   adds no warning, and public generated items carry docs;
//! - `#![forbid(unsafe_code)]`: users never write `unsafe` to use vouch;
//! - `#![no_implicit_prelude]` and the items below named like the prelude's
//!   and `core`'s: generated code names nothing it has not spelled out in
//!   full, so a user's `Option` or `core` cannot capture it.
#![no_std]
#![no_implicit_prelude]
#![deny(warnings, missing_docs, clippy::pedantic)]
#![forbid(unsafe_code)]

pub mod builder;
pub mod pin;
pub mod pod;
pub mod sealed;

/// Named like the prelude's `Option`, to capture any unqualified use.
pub struct Option;
/// Named like the prelude's `Result`, to capture any unqualified use.
pub struct Result;
/// Named like the prelude's `Some`.
pub struct Some;
/// Named like the prelude's `Ok`.
pub struct Ok;
/// Named like `core`, to capture any `core::` path that is not absolute.
pub mod core {}
/// Named like `vouch`'s hidden module, to capture a relative `__private`.
pub mod __private {}
