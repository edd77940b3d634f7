//! The builder capability.

/// Items that only generated code names, re-exported as
/// `vouch::__private::builder`.
#[doc(hidden)]
pub mod __private {}
