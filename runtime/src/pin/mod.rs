//! Pin projection: the traits [`PinnedDrop`] and [`UnsafeUnpin`] that
//! `#[vouch::pin_project]` and `#[vouch::pinned_drop]` build on.

mod macros;
mod private;
mod traits;

pub use traits::*;

/// Items that only generated code names, re-exported as
/// `vouch::__private::pin`.
#[doc(hidden)]
pub mod __private {
    pub use super::private::*;
}
