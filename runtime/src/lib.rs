//! Unsafe guarantees on your own types, proved at compile time.
//!
//! `vouch` serves four jobs from one dependency. Each is a family of traits in
//! this crate plus macros that prove, while your crate compiles, that the
//! guarantee holds, or stop the build with an error on the offending token:
//!
//! - **Plain-old-data casts**: [`Pod`], [`Zeroable`], [`AnyBitPattern`],
//!   [`NoUninit`], [`CheckedBitPattern`], [`TransparentWrapper`],
//!   [`Contiguous`], and safe functions such as [`cast_slice`] and
//!   [`checked::try_from_bytes`].
//! - **Pin projection**: `#[vouch::pin_project]`, `#[pin]` fields,
//!   [`PinnedDrop`] and [`UnsafeUnpin`].
//! - **Typestate builders**: `#[derive(vouch::Builder)]`, whose `build()`
//!   exists only once every required field is set, and `#[vouch::builder]`
//!   on a function (`#[vouch::bon]` on an impl block), whose `call()` exists
//!   once every required argument is. Their state types are in
//!   [`builder`](mod@builder).
//! - **Sealed hierarchies**: `#[vouch::sealed]` traits that other crates can
//!   use but not implement.
//!
//! # Features
//! - `derive` (default): re-exports the macros of `vouch-macros`.
//! - `alloc`: casts of `Vec` and `Box` in [`allocation`].
//! - `std` (default): implies `alloc`.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod builder;
mod pin;
mod pod;
mod sealed;

pub use crate::builder::{Set, Unset};
pub use crate::pin::*;
pub use crate::pod::*;
pub use crate::sealed::*;

#[cfg(feature = "derive")]
pub use vouch_macros::{
    AnyBitPattern, Builder, CheckedBitPattern, Contiguous, NoUninit, Pod, Sealed,
    TransparentWrapper, Zeroable, bon, builder, pin_project, pinned_drop, sealed,
};

/// What the macros' generated code names. Not public API: anything here may
/// change in any release.
#[doc(hidden)]
pub mod __private {
    /// `core`, reachable for generated code in every edition (2015 has no
    /// `::core` without `extern crate core`).
    pub use core;

    /// `alloc`, for the boxed future of a builder's `derive(IntoFuture(Box))`.
    #[cfg(feature = "alloc")]
    pub extern crate alloc;

    pub use crate::builder::__private as builder;
    pub use crate::pin::__private as pin;
    pub use crate::pod::__private as pod;
    pub use crate::sealed::__private as sealed;
}
