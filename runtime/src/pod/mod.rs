//! Plain-old-data casts: the traits, their impls for core types, and the
//! safe cast functions.

mod impls;
mod private;
mod traits;

pub use traits::*;

/// Items that only generated code names, re-exported as
/// `vouch::__private::pod`.
#[doc(hidden)]
pub mod __private {
    pub use super::private::*;
}
