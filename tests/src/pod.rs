//! The pod capability under strict lints: every derive, in the shapes users
//! write, with `#![no_implicit_prelude]`, `#![forbid(unsafe_code)]` and items
//! named like the prelude's in scope.

/// A record with explicit padding.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Zeroable, ::vouch::Pod,
)]
#[repr(C)]
pub struct Header {
    /// Payload length.
    pub len: u32,
    /// Record kind.
    pub kind: u16,
    /// Explicit padding.
    pub pad: [u8; 2],
}

/// A packed record.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Zeroable, ::vouch::Pod,
)]
#[repr(C, packed)]
pub struct Packed {
    /// Tag.
    pub tag: u8,
    /// Value.
    pub value: u64,
}

/// A generic vector.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Zeroable, ::vouch::Pod,
)]
#[repr(C)]
pub struct Vec3<T: ::vouch::Pod> {
    /// X.
    pub x: T,
    /// Y.
    pub y: T,
    /// Z.
    pub z: T,
}

/// A block of bytes.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Zeroable, ::vouch::Pod,
)]
#[repr(C)]
pub struct Block<const N: usize> {
    /// The bytes.
    pub data: [u8; N],
}

/// A union of two views of four bytes.
#[derive(::core::clone::Clone, ::core::marker::Copy, ::vouch::AnyBitPattern)]
#[repr(C)]
pub union Word {
    /// As an integer.
    pub int: u32,
    /// As a float.
    pub float: f32,
}

impl ::core::fmt::Debug for Word {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("Word").finish_non_exhaustive()
    }
}

/// A reading that may have padding but accepts any bits.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::AnyBitPattern,
)]
#[repr(C)]
pub struct Reading {
    /// Value.
    pub value: u32,
    /// Channel.
    pub channel: u8,
}

/// A level, readable from bytes after a check.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::vouch::Zeroable,
    ::vouch::NoUninit,
    ::vouch::CheckedBitPattern,
    ::vouch::Contiguous,
)]
#[repr(u8)]
pub enum Level {
    /// Off.
    Off,
    /// Low.
    Low,
    /// High.
    High,
}

/// A `repr(C)` enum whose tag is a C `int`.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::vouch::NoUninit,
    ::vouch::CheckedBitPattern,
    ::vouch::Contiguous,
)]
#[repr(C)]
pub enum Mode {
    /// Read.
    Read = -1,
    /// Write.
    Write,
}

/// An enum with data whose zero variant is `Empty`.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Zeroable)]
#[repr(C, u8)]
pub enum Slot {
    /// Empty.
    Empty,
    /// Full.
    Full(u32),
}

/// A record validated field by field.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::CheckedBitPattern,
)]
#[repr(C)]
pub struct Flagged {
    /// Flag.
    pub flag: bool,
    /// Level.
    pub level: Level,
    /// Count.
    pub count: u16,
}

/// A wrapper.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::TransparentWrapper,
)]
#[repr(transparent)]
pub struct Meters(pub f64);

/// A wrapper with a marker.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::TransparentWrapper,
)]
#[repr(transparent)]
#[transparent(T)]
pub struct Tagged<T, U> {
    /// The value.
    pub value: T,
    /// The marker.
    pub marker: ::core::marker::PhantomData<U>,
}

/// A record reached through a renamed path to vouch.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Zeroable)]
#[vouch(crate = "::vouch")]
pub struct Renamed {
    /// Raw identifier field.
    pub r#type: u32,
}

/// A generic pair validated field by field.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::CheckedBitPattern,
)]
#[repr(C)]
pub struct CheckedPair<T: ::vouch::CheckedBitPattern> {
    /// First.
    pub first: T,
    /// Second.
    pub second: T,
}

/// A generic record whose fields do not depend on its parameter.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Zeroable, ::vouch::Pod,
)]
#[repr(C)]
pub struct Typed<T: ::vouch::Pod> {
    /// Identifier.
    pub id: u32,
    /// Kind.
    pub kind: u32,
    /// The type it describes.
    pub marker: ::core::marker::PhantomData<T>,
}

/// A generic enum whose zero variant is `Nothing`.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Zeroable)]
#[repr(u8)]
pub enum Maybe<T: ::vouch::Zeroable + ::core::marker::Copy> {
    /// Nothing.
    Nothing,
    /// A value.
    Just(T),
}
