//! Casts into types that only some bit patterns are valid for: `bool`,
//! `char`, `NonZero*`, fieldless enums, and structs built from them (every
//! [`CheckedBitPattern`] type).
//!
//! Each function checks the layout as its namesake at the crate root does,
//! then asks [`CheckedBitPattern::is_valid_bit_pattern`] about every value
//! before handing out a typed view. The `try_` forms return a
//! [`CheckedCastError`]; the others panic with its message.
//!
//! Slices are validated without an early exit per element: a branch-free
//! fold over fixed-size groups of elements, which the compiler vectorizes,
//! and a stop after the first 1024 elements that hold an invalid value.
//! Validating a large slice of `bool`s, of a fieldless enum or of small
//! structs of them runs at or near memory speed.
//!
//! ```
//! use vouch::checked::{self, CheckedCastError};
//!
//! let bytes = [0_u8, 1, 1, 0];
//! let flags: &[bool] = checked::cast_slice(&bytes);
//! assert_eq!(flags, &[false, true, true, false]);
//!
//! assert_eq!(
//!     checked::try_cast_slice::<u8, bool>(&[0, 2]),
//!     Err(CheckedCastError::InvalidBitPattern),
//! );
//! ```

use super::error::{PodCastError, fail};
use super::layout::{check_bytes, check_ref, check_slice};
use super::traits::{AnyBitPattern, CheckedBitPattern, NoUninit};
use core::fmt;
use core::mem::{align_of, size_of};

/// Why a checked cast was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CheckedCastError {
    /// The layout does not allow the cast (size, alignment, slop), as for the
    /// unchecked casts.
    PodCastError(PodCastError),
    /// The layout allows the cast, but some bytes are not a valid value of
    /// the output type (a `bool` byte of 2, a `char` above `0x10FFFF`, a zero
    /// `NonZero`, an enum discriminant no variant has).
    InvalidBitPattern,
}

impl From<PodCastError> for CheckedCastError {
    #[inline]
    fn from(error: PodCastError) -> Self {
        Self::PodCastError(error)
    }
}

impl fmt::Display for CheckedCastError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PodCastError(error) => fmt::Display::fmt(error, f),
            Self::InvalidBitPattern => f.write_str(
                "invalid bit pattern: the input holds bytes that are not a valid value of the output type",
            ),
        }
    }
}

impl core::error::Error for CheckedCastError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            Self::PodCastError(error) => Some(error),
            Self::InvalidBitPattern => None,
        }
    }
}

/// `T::Bits` must have `T`'s layout (the trait's contract). Checked in a
/// `const` block so that a wrong hand-written impl fails to build instead of
/// reading out of bounds.
const fn bits_layout<T: CheckedBitPattern>() {
    let () = <T as CheckedBitPattern>::PROOF;
    assert!(
        size_of::<T>() == size_of::<T::Bits>() && align_of::<T>() == align_of::<T::Bits>(),
        "`CheckedBitPattern` impl: `Bits` differs from the type in size or alignment"
    );
}

/// Whether every element of `bits` is a valid `T`.
///
/// An early exit per element keeps the loop scalar, one element at a time.
/// Instead, the elements go in groups of [`GROUP`] (a fixed-size array, so
/// the inner loop is fully unrolled) whose answers are folded with `&`: no
/// branch for the compiler to keep, so it vectorizes. Each element is
/// validated from a copy in registers, so that a validator which chains its
/// field checks with `&&` reads its fields from that copy, which the
/// compiler may do unconditionally: the short-circuit branches fold away too.
/// The folded answer is looked at every 1024 elements, so bad input still
/// stops early.
#[inline]
fn all_valid<T: CheckedBitPattern>(bits: &[T::Bits]) -> bool {
    let () = <T as CheckedBitPattern>::PROOF;
    if size_of::<T::Bits>() == 0 {
        // A zero-sized type has one bit pattern: one answer covers them all,
        // however long the slice.
        return bits.first().is_none_or(T::is_valid_bit_pattern);
    }
    let (groups, rest) = bits.as_chunks::<GROUP>();
    let mut valid = true;
    for (i, group) in groups.iter().enumerate() {
        for &element in group {
            valid &= T::is_valid_bit_pattern(&element);
        }
        if i % GROUPS_PER_EXIT == GROUPS_PER_EXIT - 1 && !valid {
            return false;
        }
    }
    valid && rest.iter().all(T::is_valid_bit_pattern)
}

/// Elements validated together with no branch between them (measured on
/// 64 MiB of `bool`s, `repr(u8)` enums and 2- to 8-byte structs of them).
const GROUP: usize = 32;
/// Groups between two looks at the answer: 1024 elements.
const GROUPS_PER_EXIT: usize = 1024 / GROUP;

/// Views `s` as a `&T` if its bytes are a valid `T`.
///
/// # Errors
/// As [`crate::try_from_bytes`], or [`CheckedCastError::InvalidBitPattern`]
/// if the bytes are not a valid `T`.
///
/// ```
/// use vouch::checked;
///
/// assert_eq!(checked::try_from_bytes::<bool>(&[1]), Ok(&true));
/// assert!(checked::try_from_bytes::<bool>(&[3]).is_err());
/// ```
#[inline]
pub fn try_from_bytes<T: CheckedBitPattern>(s: &[u8]) -> Result<&T, CheckedCastError> {
    let () = <T as CheckedBitPattern>::PROOF;
    const { bits_layout::<T>() };
    check_bytes::<T>(s)?;
    let ptr = s.as_ptr();
    // SAFETY: `s` holds `size_of::<T::Bits>()` initialized bytes aligned for
    // `T::Bits` (checked above, the layouts being equal), which is
    // `AnyBitPattern`.
    let bits = unsafe { &*ptr.cast::<T::Bits>() };
    if T::is_valid_bit_pattern(bits) {
        // SAFETY: same bytes and layout, and the trait's contract makes them
        // a valid `T` once `is_valid_bit_pattern` said so. `T` has no
        // interior mutability. The result borrows `s`.
        Ok(unsafe { &*ptr.cast::<T>() })
    } else {
        Err(CheckedCastError::InvalidBitPattern)
    }
}

/// Views `s` as a `&mut T` if its bytes are a valid `T`.
///
/// # Errors
/// As [`try_from_bytes`].
///
/// ```
/// use vouch::checked::{self, CheckedCastError};
///
/// let mut byte = [0_u8];
/// *checked::try_from_bytes_mut::<bool>(&mut byte).unwrap() = true;
/// assert_eq!(byte, [1]);
/// assert_eq!(checked::try_from_bytes_mut::<bool>(&mut [7]), Err(CheckedCastError::InvalidBitPattern));
/// ```
#[inline]
pub fn try_from_bytes_mut<T: CheckedBitPattern + NoUninit>(
    s: &mut [u8],
) -> Result<&mut T, CheckedCastError> {
    let () = <T as NoUninit>::PROOF;
    let () = <T as CheckedBitPattern>::PROOF;
    const { bits_layout::<T>() };
    check_bytes::<T>(s)?;
    let ptr = s.as_mut_ptr();
    // SAFETY: as in `try_from_bytes`.
    let bits = unsafe { &*ptr.cast::<T::Bits>() };
    if T::is_valid_bit_pattern(bits) {
        // SAFETY: as in `try_from_bytes`; and `T` is `NoUninit`, so a `T`
        // written through the result leaves initialized bytes in `s`. The
        // result borrows `s` mutably.
        Ok(unsafe { &mut *ptr.cast::<T>() })
    } else {
        Err(CheckedCastError::InvalidBitPattern)
    }
}

/// Reads a `T` from `bytes` (at any alignment) if they are a valid `T`.
///
/// # Errors
/// [`PodCastError::SizeMismatch`] if `bytes.len()` is not `size_of::<T>()`;
/// [`CheckedCastError::InvalidBitPattern`] if the bytes are not a valid `T`.
///
/// ```
/// use vouch::checked;
///
/// let c: char = checked::try_pod_read_unaligned(&0x41_u32.to_ne_bytes()).unwrap();
/// assert_eq!(c, 'A');
/// ```
#[inline]
pub fn try_pod_read_unaligned<T: CheckedBitPattern>(bytes: &[u8]) -> Result<T, CheckedCastError> {
    let () = <T as CheckedBitPattern>::PROOF;
    const { bits_layout::<T>() };
    let bits: T::Bits = crate::try_pod_read_unaligned(bytes)?;
    if T::is_valid_bit_pattern(&bits) {
        // SAFETY: `T::Bits` has `T`'s size and the check passed, so by the
        // trait's contract these bytes are a valid `T`.
        Ok(unsafe { core::mem::transmute_copy::<T::Bits, T>(&bits) })
    } else {
        Err(CheckedCastError::InvalidBitPattern)
    }
}

/// Reinterprets the bytes of `a` as a `B` if they are a valid `B`.
///
/// # Errors
/// [`PodCastError::SizeMismatch`] if `A` and `B` differ in size;
/// [`CheckedCastError::InvalidBitPattern`] if the bytes are not a valid `B`.
///
/// ```
/// use core::num::NonZeroU16;
/// use vouch::checked::{self, CheckedCastError};
///
/// assert_eq!(checked::try_cast::<u16, NonZeroU16>(5), Ok(NonZeroU16::new(5).unwrap()));
/// assert_eq!(checked::try_cast::<u16, NonZeroU16>(0), Err(CheckedCastError::InvalidBitPattern));
/// ```
#[inline]
pub fn try_cast<A: NoUninit, B: CheckedBitPattern>(a: A) -> Result<B, CheckedCastError> {
    let () = <A as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    const { bits_layout::<B>() };
    let bits: B::Bits = crate::try_cast(a)?;
    if B::is_valid_bit_pattern(&bits) {
        // SAFETY: as in `try_pod_read_unaligned`.
        Ok(unsafe { core::mem::transmute_copy::<B::Bits, B>(&bits) })
    } else {
        Err(CheckedCastError::InvalidBitPattern)
    }
}

/// Views `a` as a `&B` if its bytes are a valid `B`.
///
/// # Errors
/// As [`crate::try_cast_ref`], or [`CheckedCastError::InvalidBitPattern`].
///
/// ```
/// use vouch::checked::{self, CheckedCastError};
///
/// assert_eq!(checked::try_cast_ref::<u32, char>(&0x263A), Ok(&'☺'));
/// assert_eq!(checked::try_cast_ref::<u32, char>(&u32::MAX), Err(CheckedCastError::InvalidBitPattern));
/// ```
#[inline]
pub fn try_cast_ref<A: NoUninit, B: CheckedBitPattern>(a: &A) -> Result<&B, CheckedCastError> {
    let () = <A as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    const { bits_layout::<B>() };
    let ptr: *const A = a;
    check_ref::<A, B>(ptr)?;
    // SAFETY: `a` is aligned for `B::Bits` and has its size (checked above,
    // the layouts of `B` and `B::Bits` being equal); its bytes are
    // initialized (`A: NoUninit`), so they are a valid `B::Bits`.
    let bits = unsafe { &*ptr.cast::<B::Bits>() };
    if B::is_valid_bit_pattern(bits) {
        // SAFETY: the check passed, so by the trait's contract the bytes are
        // a valid `B`; no interior mutability on either side. The result
        // borrows `a`.
        Ok(unsafe { &*ptr.cast::<B>() })
    } else {
        Err(CheckedCastError::InvalidBitPattern)
    }
}

/// Views `a` as a `&mut B` if its bytes are a valid `B`.
///
/// # Errors
/// As [`try_cast_ref`].
///
/// ```
/// let mut flag = 0_u8;
/// *vouch::checked::try_cast_mut::<u8, bool>(&mut flag).unwrap() = true;
/// assert_eq!(flag, 1);
/// ```
#[inline]
pub fn try_cast_mut<A: NoUninit + AnyBitPattern, B: CheckedBitPattern + NoUninit>(
    a: &mut A,
) -> Result<&mut B, CheckedCastError> {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    const { bits_layout::<B>() };
    let ptr: *mut A = a;
    check_ref::<A, B>(ptr)?;
    // SAFETY: as in `try_cast_ref`.
    let bits = unsafe { &*ptr.cast::<B::Bits>() };
    if B::is_valid_bit_pattern(bits) {
        // SAFETY: as in `try_cast_ref`; a `B` written through the result is
        // initialized (`B: NoUninit`), which is a valid `A`
        // (`A: AnyBitPattern`). The result borrows `a` mutably.
        Ok(unsafe { &mut *ptr.cast::<B>() })
    } else {
        Err(CheckedCastError::InvalidBitPattern)
    }
}

/// Views a slice of `A`s as a slice of `B`s if every `B` is valid.
///
/// # Errors
/// As [`crate::try_cast_slice`], or [`CheckedCastError::InvalidBitPattern`]
/// if any element is not a valid `B`.
///
/// ```
/// use vouch::checked::{self, CheckedCastError};
///
/// let scalars = [0x61_u32, 0x62];
/// assert_eq!(checked::try_cast_slice::<u32, char>(&scalars), Ok(&['a', 'b'][..]));
/// assert_eq!(
///     checked::try_cast_slice::<u32, char>(&[0xD800]),
///     Err(CheckedCastError::InvalidBitPattern),
/// );
/// ```
#[inline]
pub fn try_cast_slice<A: NoUninit, B: CheckedBitPattern>(
    a: &[A],
) -> Result<&[B], CheckedCastError> {
    let () = <A as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    const { bits_layout::<B>() };
    let ptr = a.as_ptr();
    let len = check_slice::<A, B>(ptr, a.len())?;
    // SAFETY: `len` `B::Bits` cover exactly the bytes of `a`, aligned for
    // them (checked above); the bytes are initialized (`A: NoUninit`), so
    // valid `B::Bits` (`AnyBitPattern`).
    let bits = unsafe { core::slice::from_raw_parts(ptr.cast::<B::Bits>(), len) };
    if all_valid::<B>(bits) {
        // SAFETY: every element passed the check, so by the trait's contract
        // these are `len` valid `B`s. The result borrows `a`.
        Ok(unsafe { core::slice::from_raw_parts(ptr.cast::<B>(), len) })
    } else {
        Err(CheckedCastError::InvalidBitPattern)
    }
}

/// Views a mutable slice of `A`s as a mutable slice of `B`s if every `B` is
/// valid.
///
/// # Errors
/// As [`try_cast_slice`].
///
/// ```
/// let mut bytes = [0_u8, 1];
/// let flags = vouch::checked::try_cast_slice_mut::<u8, bool>(&mut bytes).unwrap();
/// flags[0] = true;
/// assert_eq!(bytes, [1, 1]);
/// ```
#[inline]
pub fn try_cast_slice_mut<A: NoUninit + AnyBitPattern, B: CheckedBitPattern + NoUninit>(
    a: &mut [A],
) -> Result<&mut [B], CheckedCastError> {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    const { bits_layout::<B>() };
    let ptr = a.as_mut_ptr();
    let len = check_slice::<A, B>(ptr, a.len())?;
    // SAFETY: as in `try_cast_slice`.
    let bits = unsafe { core::slice::from_raw_parts(ptr.cast::<B::Bits>(), len) };
    if all_valid::<B>(bits) {
        // SAFETY: as in `try_cast_slice`; `B`s written through the result
        // are initialized (`B: NoUninit`), so valid `A`s
        // (`A: AnyBitPattern`). The result borrows `a` mutably.
        Ok(unsafe { core::slice::from_raw_parts_mut(ptr.cast::<B>(), len) })
    } else {
        Err(CheckedCastError::InvalidBitPattern)
    }
}

/// Views `s` as a `&T`.
///
/// # Panics
/// If [`try_from_bytes`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn from_bytes<T: CheckedBitPattern>(s: &[u8]) -> &T {
    let () = <T as CheckedBitPattern>::PROOF;
    match try_from_bytes(s) {
        Ok(t) => t,
        Err(e) => fail("checked::from_bytes", &e),
    }
}

/// Views `s` as a `&mut T`.
///
/// # Panics
/// If [`try_from_bytes_mut`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn from_bytes_mut<T: CheckedBitPattern + NoUninit>(s: &mut [u8]) -> &mut T {
    let () = <T as NoUninit>::PROOF;
    let () = <T as CheckedBitPattern>::PROOF;
    match try_from_bytes_mut(s) {
        Ok(t) => t,
        Err(e) => fail("checked::from_bytes_mut", &e),
    }
}

/// Reads a `T` from `bytes`, at any alignment.
///
/// # Panics
/// If [`try_pod_read_unaligned`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn pod_read_unaligned<T: CheckedBitPattern>(bytes: &[u8]) -> T {
    let () = <T as CheckedBitPattern>::PROOF;
    match try_pod_read_unaligned(bytes) {
        Ok(t) => t,
        Err(e) => fail("checked::pod_read_unaligned", &e),
    }
}

/// Reinterprets the bytes of `a` as a `B`.
///
/// # Panics
/// If [`try_cast`] fails.
///
/// ```
/// let yes: bool = vouch::checked::cast(1_u8);
/// assert!(yes);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn cast<A: NoUninit, B: CheckedBitPattern>(a: A) -> B {
    let () = <A as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    match try_cast(a) {
        Ok(b) => b,
        Err(e) => fail("checked::cast", &e),
    }
}

/// Views `a` as a `&B`.
///
/// # Panics
/// If [`try_cast_ref`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn cast_ref<A: NoUninit, B: CheckedBitPattern>(a: &A) -> &B {
    let () = <A as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    match try_cast_ref(a) {
        Ok(b) => b,
        Err(e) => fail("checked::cast_ref", &e),
    }
}

/// Views `a` as a `&mut B`.
///
/// # Panics
/// If [`try_cast_mut`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn cast_mut<A: NoUninit + AnyBitPattern, B: CheckedBitPattern + NoUninit>(a: &mut A) -> &mut B {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    match try_cast_mut(a) {
        Ok(b) => b,
        Err(e) => fail("checked::cast_mut", &e),
    }
}

/// Views a slice of `A`s as a slice of `B`s.
///
/// # Panics
/// If [`try_cast_slice`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn cast_slice<A: NoUninit, B: CheckedBitPattern>(a: &[A]) -> &[B] {
    let () = <A as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    match try_cast_slice(a) {
        Ok(b) => b,
        Err(e) => fail("checked::cast_slice", &e),
    }
}

/// Views a mutable slice of `A`s as a mutable slice of `B`s.
///
/// # Panics
/// If [`try_cast_slice_mut`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn cast_slice_mut<A: NoUninit + AnyBitPattern, B: CheckedBitPattern + NoUninit>(
    a: &mut [A],
) -> &mut [B] {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    let () = <B as CheckedBitPattern>::PROOF;
    match try_cast_slice_mut(a) {
        Ok(b) => b,
        Err(e) => fail("checked::cast_slice_mut", &e),
    }
}
