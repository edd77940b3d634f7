//! Plain-old-data casts: the traits, their impls for core types, and the
//! safe cast functions.

#[cfg(feature = "alloc")]
pub mod allocation;
mod cast;
pub mod checked;
mod error;
mod fill;
mod impls;
mod layout;
mod must;
mod private;
pub mod proof;
mod refused;
mod traits;
#[cfg(feature = "alloc")]
mod wrap_alloc;

pub use cast::*;
pub use error::PodCastError;
pub use fill::*;
pub use must::*;
pub use traits::*;

/// Items that only generated code names, re-exported as
/// `vouch::__private::pod`.
#[doc(hidden)]
pub mod __private {
    pub use super::private::*;
    pub use super::proof::*;
}
