//! The sealed capability: `#[vouch::sealed]` and `#[derive(vouch::Sealed)]`.
//!
//! Sealing needs no runtime item: the seal of each trait is a hidden trait
//! the macro writes in the user's own crate, where no other crate can name
//! it. The generated code reaches `core` through `vouch::__private::core`
//! (for `?Sized`, `From`, `TryFrom`, `Result` and `compile_error!`).

/// Items that only generated code names, re-exported as
/// `vouch::__private::sealed`. Empty: see the module docs.
#[doc(hidden)]
pub mod __private {}
