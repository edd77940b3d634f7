//! The safe cast functions between plain-old-data types: values,
//! references, slices and bytes. Each `try_` form returns a
//! [`PodCastError`]; the form without `try_` panics with its message.

use super::error::{PodCastError, fail};
use super::layout::{check_bytes, check_ref, check_slice};
use super::traits::{AnyBitPattern, NoUninit, Zeroable};
use core::mem::size_of;

/// The value of `T` whose every byte is zero.
///
/// ```
/// let origin: [f32; 3] = vouch::zeroed();
/// assert_eq!(origin, [0.0; 3]);
/// ```
#[inline]
#[must_use]
pub fn zeroed<T: Zeroable>() -> T {
    let () = <T as Zeroable>::PROOF;
    T::zeroed()
}

/// The bytes of `t`.
///
/// ```
/// let value = 0x0102_0304_u32;
/// assert_eq!(vouch::bytes_of(&value), &value.to_ne_bytes());
/// ```
#[inline]
#[must_use]
pub fn bytes_of<T: NoUninit>(t: &T) -> &[u8] {
    let () = <T as NoUninit>::PROOF;
    let ptr: *const T = t;
    // SAFETY: `NoUninit` promises that every byte of a `T` is initialized and
    // that `T` has no interior mutability, so the `size_of::<T>()` bytes at
    // `t` are valid `u8`s for as long as `t` is borrowed.
    unsafe { core::slice::from_raw_parts(ptr.cast::<u8>(), size_of::<T>()) }
}

/// The bytes of `t`, writable.
///
/// ```
/// let mut value = 0_u32;
/// vouch::bytes_of_mut(&mut value).fill(0xFF);
/// assert_eq!(value, u32::MAX);
/// ```
#[inline]
#[must_use]
pub fn bytes_of_mut<T: NoUninit + AnyBitPattern>(t: &mut T) -> &mut [u8] {
    let () = <T as AnyBitPattern>::PROOF;
    let () = <T as NoUninit>::PROOF;
    let ptr: *mut T = t;
    // SAFETY: as in `bytes_of`; and since `T` is `AnyBitPattern`, whatever
    // bytes are written leave a valid `T` behind. The result borrows `t`
    // mutably, so it is the only access to it.
    unsafe { core::slice::from_raw_parts_mut(ptr.cast::<u8>(), size_of::<T>()) }
}

/// Views `s` as a `&T`.
///
/// # Panics
/// If `s.len()` is not `size_of::<T>()`, or `s` is not aligned for `T`.
///
/// ```
/// let bytes = [7_u8, 0, 0, 0];
/// let array: &[u8; 4] = vouch::from_bytes(&bytes);
/// assert_eq!(array, &[7, 0, 0, 0]);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn from_bytes<T: AnyBitPattern>(s: &[u8]) -> &T {
    let () = <T as AnyBitPattern>::PROOF;
    match try_from_bytes(s) {
        Ok(t) => t,
        Err(e) => fail("from_bytes", &e),
    }
}

/// Views `s` as a `&mut T`.
///
/// # Panics
/// If `s.len()` is not `size_of::<T>()`, or `s` is not aligned for `T`.
///
/// ```
/// let mut bytes = [0_u8; 3];
/// let rgb: &mut [u8; 3] = vouch::from_bytes_mut(&mut bytes);
/// rgb[1] = 0xFF;
/// assert_eq!(bytes, [0, 0xFF, 0]);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn from_bytes_mut<T: NoUninit + AnyBitPattern>(s: &mut [u8]) -> &mut T {
    let () = <T as AnyBitPattern>::PROOF;
    let () = <T as NoUninit>::PROOF;
    match try_from_bytes_mut(s) {
        Ok(t) => t,
        Err(e) => fail("from_bytes_mut", &e),
    }
}

/// Views `s` as a `&T`, or says why it cannot.
///
/// # Errors
/// [`PodCastError::SizeMismatch`] if `s.len()` is not `size_of::<T>()`;
/// [`PodCastError::TargetAlignmentGreaterAndInputNotAligned`] if `s` is not
/// aligned for `T`.
///
/// ```
/// use vouch::PodCastError;
///
/// let bytes = [1_u8, 2, 3];
/// assert_eq!(vouch::try_from_bytes::<[u8; 2]>(&bytes[..2]), Ok(&[1, 2]));
/// assert_eq!(vouch::try_from_bytes::<[u8; 2]>(&bytes), Err(PodCastError::SizeMismatch));
/// ```
#[inline]
pub fn try_from_bytes<T: AnyBitPattern>(s: &[u8]) -> Result<&T, PodCastError> {
    let () = <T as AnyBitPattern>::PROOF;
    check_bytes::<T>(s)?;
    // SAFETY: `s` holds exactly `size_of::<T>()` initialized bytes at an
    // address aligned for `T` (checked above); `T` is `AnyBitPattern`, so
    // they are a valid `T`, with no interior mutability behind the shared
    // borrow. The result borrows `s`.
    Ok(unsafe { &*s.as_ptr().cast::<T>() })
}

/// Views `s` as a `&mut T`, or says why it cannot.
///
/// # Errors
/// As [`try_from_bytes`].
///
/// ```
/// use vouch::PodCastError;
///
/// let mut bytes = [0_u8; 2];
/// *vouch::try_from_bytes_mut::<[u8; 2]>(&mut bytes).unwrap() = [1, 2];
/// assert_eq!(bytes, [1, 2]);
/// assert_eq!(vouch::try_from_bytes_mut::<[u8; 3]>(&mut bytes), Err(PodCastError::SizeMismatch));
/// ```
#[inline]
pub fn try_from_bytes_mut<T: NoUninit + AnyBitPattern>(
    s: &mut [u8],
) -> Result<&mut T, PodCastError> {
    let () = <T as AnyBitPattern>::PROOF;
    let () = <T as NoUninit>::PROOF;
    check_bytes::<T>(s)?;
    // SAFETY: as in `try_from_bytes`; and `T` is `NoUninit`, so whatever `T`
    // is written through the result leaves initialized bytes in `s`. The
    // result borrows `s` mutably.
    Ok(unsafe { &mut *s.as_mut_ptr().cast::<T>() })
}

/// Reads a `T` from `bytes`, wherever they sit in memory.
///
/// # Panics
/// If `bytes.len()` is not `size_of::<T>()`.
///
/// ```
/// let packet = [0xAA_u8, 1, 0, 0, 0];
/// // Offset 1 is not aligned for `u32`; reading copies, so that is fine.
/// let value: u32 = vouch::pod_read_unaligned(&packet[1..]);
/// assert_eq!(value, u32::from_ne_bytes([1, 0, 0, 0]));
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn pod_read_unaligned<T: AnyBitPattern>(bytes: &[u8]) -> T {
    let () = <T as AnyBitPattern>::PROOF;
    match try_pod_read_unaligned(bytes) {
        Ok(t) => t,
        Err(e) => fail("pod_read_unaligned", &e),
    }
}

/// Reads a `T` from `bytes`, wherever they sit in memory, or says why it
/// cannot.
///
/// # Errors
/// [`PodCastError::SizeMismatch`] if `bytes.len()` is not `size_of::<T>()`.
///
/// ```
/// use vouch::PodCastError;
///
/// let bytes = [9_u8, 1, 0];
/// assert_eq!(vouch::try_pod_read_unaligned::<[u8; 2]>(&bytes[1..]), Ok([1, 0]));
/// assert_eq!(vouch::try_pod_read_unaligned::<u16>(&bytes), Err(PodCastError::SizeMismatch));
/// ```
#[inline]
pub fn try_pod_read_unaligned<T: AnyBitPattern>(bytes: &[u8]) -> Result<T, PodCastError> {
    let () = <T as AnyBitPattern>::PROOF;
    if bytes.len() == size_of::<T>() {
        // SAFETY: `bytes` holds `size_of::<T>()` initialized bytes (checked
        // above), which are a valid `T` since `T` is `AnyBitPattern`; the
        // read makes no alignment assumption.
        Ok(unsafe { bytes.as_ptr().cast::<T>().read_unaligned() })
    } else {
        Err(PodCastError::SizeMismatch)
    }
}

/// Reinterprets the bytes of `a` as a `B`.
///
/// # Panics
/// If `A` and `B` differ in size.
///
/// ```
/// let bits: u32 = vouch::cast(1.0_f32);
/// assert_eq!(bits, 0x3F80_0000);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn cast<A: NoUninit, B: AnyBitPattern>(a: A) -> B {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    match try_cast(a) {
        Ok(b) => b,
        Err(e) => fail("cast", &e),
    }
}

/// Reinterprets the bytes of `a` as a `B`, or says why it cannot.
///
/// # Errors
/// [`PodCastError::SizeMismatch`] if `A` and `B` differ in size.
///
/// ```
/// use vouch::PodCastError;
///
/// assert_eq!(vouch::try_cast::<[u8; 2], u16>([1, 1]), Ok(0x0101));
/// assert_eq!(vouch::try_cast::<u8, u16>(1), Err(PodCastError::SizeMismatch));
/// ```
#[inline]
pub fn try_cast<A: NoUninit, B: AnyBitPattern>(a: A) -> Result<B, PodCastError> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    if size_of::<A>() == size_of::<B>() {
        // SAFETY: `A` and `B` have the same size (checked above); the bytes of
        // `a` are initialized (`A: NoUninit`) and any initialized bytes are a
        // valid `B` (`B: AnyBitPattern`). `transmute_copy` reads unaligned.
        // `A` is `Copy`, so nothing is dropped twice.
        Ok(unsafe { core::mem::transmute_copy::<A, B>(&a) })
    } else {
        Err(PodCastError::SizeMismatch)
    }
}

/// Views `a` as a `&B`.
///
/// # Panics
/// If `a` is not aligned for `B`, or `A` and `B` differ in size.
///
/// ```
/// let pixel = [0x11_u8, 0x22, 0x33, 0x44];
/// let channels: &[u8; 4] = vouch::cast_ref(&pixel);
/// assert_eq!(channels[3], 0x44);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn cast_ref<A: NoUninit, B: AnyBitPattern>(a: &A) -> &B {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    match try_cast_ref(a) {
        Ok(b) => b,
        Err(e) => fail("cast_ref", &e),
    }
}

/// Views `a` as a `&B`, or says why it cannot.
///
/// # Errors
/// [`PodCastError::TargetAlignmentGreaterAndInputNotAligned`] if `B` needs a
/// greater alignment than `A` and `a` does not have it;
/// [`PodCastError::SizeMismatch`] if `A` and `B` differ in size.
///
/// ```
/// use vouch::PodCastError;
///
/// let word = 7_u32;
/// assert_eq!(vouch::try_cast_ref::<u32, f32>(&word).map(|f| f.to_bits()), Ok(7));
/// assert_eq!(vouch::try_cast_ref::<u32, u16>(&word), Err(PodCastError::SizeMismatch));
/// ```
#[inline]
pub fn try_cast_ref<A: NoUninit, B: AnyBitPattern>(a: &A) -> Result<&B, PodCastError> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let ptr: *const A = a;
    check_ref::<A, B>(ptr)?;
    // SAFETY: `a` is aligned for `B` and `B` has `A`'s size (checked above);
    // its bytes are initialized (`A: NoUninit`) and valid as a `B`
    // (`B: AnyBitPattern`); neither type has interior mutability. The result
    // borrows `a`.
    Ok(unsafe { &*ptr.cast::<B>() })
}

/// Views `a` as a `&mut B`.
///
/// # Panics
/// If `a` is not aligned for `B`, or `A` and `B` differ in size.
///
/// ```
/// let mut word = 0_u32;
/// let bytes: &mut [u8; 4] = vouch::cast_mut(&mut word);
/// bytes[0] = 1;
/// assert_ne!(word, 0);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn cast_mut<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(a: &mut A) -> &mut B {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    match try_cast_mut(a) {
        Ok(b) => b,
        Err(e) => fail("cast_mut", &e),
    }
}

/// Views `a` as a `&mut B`, or says why it cannot.
///
/// # Errors
/// As [`try_cast_ref`].
///
/// ```
/// let mut word = 0_u32;
/// if let Ok(bytes) = vouch::try_cast_mut::<u32, [u8; 4]>(&mut word) {
///     bytes.fill(0xFF);
/// }
/// assert_eq!(word, u32::MAX);
/// ```
#[inline]
pub fn try_cast_mut<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
    a: &mut A,
) -> Result<&mut B, PodCastError> {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    let ptr: *mut A = a;
    check_ref::<A, B>(ptr)?;
    // SAFETY: as in `try_cast_ref`; both ways round every bit pattern is
    // valid and initialized, so writes through either view keep the other
    // valid. The result borrows `a` mutably.
    Ok(unsafe { &mut *ptr.cast::<B>() })
}

/// Views a slice of `A`s as a slice of `B`s over the same bytes.
///
/// # Panics
/// If `a` is not aligned for `B`, its length in bytes is not a multiple of
/// `size_of::<B>()`, or exactly one of `A` and `B` is zero-sized.
///
/// ```
/// let samples: [u16; 2] = [0x0102, 0x0304];
/// let bytes: &[u8] = vouch::cast_slice(&samples);
/// assert_eq!(bytes.len(), 4);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn cast_slice<A: NoUninit, B: AnyBitPattern>(a: &[A]) -> &[B] {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    match try_cast_slice(a) {
        Ok(b) => b,
        Err(e) => fail("cast_slice", &e),
    }
}

/// Views a slice of `A`s as a slice of `B`s over the same bytes, or says why
/// it cannot. The output's length is the input's length in bytes divided by
/// `size_of::<B>()`.
///
/// # Errors
/// [`PodCastError::TargetAlignmentGreaterAndInputNotAligned`] if `B` needs a
/// greater alignment than `A` and `a` does not have it;
/// [`PodCastError::OutputSliceWouldHaveSlop`] if the input's length in bytes
/// is not a multiple of `size_of::<B>()`; [`PodCastError::SizeMismatch`] if
/// exactly one of `A` and `B` is zero-sized.
///
/// ```
/// use vouch::PodCastError;
///
/// let bytes = [1_u8, 2, 3];
/// assert_eq!(vouch::try_cast_slice::<u8, [u8; 3]>(&bytes), Ok(&[[1, 2, 3]][..]));
/// assert_eq!(
///     vouch::try_cast_slice::<u8, [u8; 2]>(&bytes),
///     Err(PodCastError::OutputSliceWouldHaveSlop),
/// );
/// ```
#[inline]
pub fn try_cast_slice<A: NoUninit, B: AnyBitPattern>(a: &[A]) -> Result<&[B], PodCastError> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let len = check_slice::<A, B>(a.as_ptr(), a.len())?;
    // SAFETY: the pointer is aligned for `B` and `len` `B`s cover exactly the
    // bytes of `a` (checked above); those bytes are initialized
    // (`A: NoUninit`) and valid as `B`s (`B: AnyBitPattern`), with no
    // interior mutability. The result borrows `a`.
    Ok(unsafe { core::slice::from_raw_parts(a.as_ptr().cast::<B>(), len) })
}

/// Views a mutable slice of `A`s as a mutable slice of `B`s.
///
/// # Panics
/// As [`cast_slice`].
///
/// ```
/// let mut words = [0_u32; 2];
/// let bytes: &mut [u8] = vouch::cast_slice_mut(&mut words);
/// bytes[4..].fill(0xFF);
/// assert_eq!(words, [0, u32::MAX]);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn cast_slice_mut<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
    a: &mut [A],
) -> &mut [B] {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    match try_cast_slice_mut(a) {
        Ok(b) => b,
        Err(e) => fail("cast_slice_mut", &e),
    }
}

/// Views a mutable slice of `A`s as a mutable slice of `B`s, or says why it
/// cannot.
///
/// # Errors
/// As [`try_cast_slice`].
///
/// ```
/// let mut words = [0_u32; 2];
/// let bytes = vouch::try_cast_slice_mut::<u32, u8>(&mut words).unwrap();
/// bytes[..4].fill(1);
/// assert_eq!(words[0], u32::from_ne_bytes([1; 4]));
/// ```
#[inline]
pub fn try_cast_slice_mut<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
    a: &mut [A],
) -> Result<&mut [B], PodCastError> {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    let len = check_slice::<A, B>(a.as_ptr(), a.len())?;
    // SAFETY: as in `try_cast_slice`; both ways round every bit pattern is
    // valid and initialized, so writes through either view keep the other
    // valid. The result borrows `a` mutably.
    Ok(unsafe { core::slice::from_raw_parts_mut(a.as_mut_ptr().cast::<B>(), len) })
}
