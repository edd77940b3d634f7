//! The pin capability.

/// Items that only generated code names, re-exported as
/// `vouch::__private::pin`.
#[doc(hidden)]
pub mod __private {}
