//! The sealed capability.

/// Items that only generated code names, re-exported as
/// `vouch::__private::sealed`.
#[doc(hidden)]
pub mod __private {}
