//! Zeroing in place and splitting slices at alignment boundaries.

use super::traits::{AnyBitPattern, NoUninit, Zeroable};

/// Overwrites `target` with the all-zero value (dropping the old value).
///
/// ```
/// let mut buffer = [7_u8; 4];
/// vouch::write_zeroes(&mut buffer);
/// assert_eq!(buffer, [0; 4]);
/// ```
#[inline]
pub fn write_zeroes<T: Zeroable>(target: &mut T) {
    let () = <T as Zeroable>::PROOF;
    // An assignment, not a raw byte write: the old value is dropped, and the
    // place holds a valid value even if that drop unwinds.
    *target = T::zeroed();
}

/// Overwrites every element of `slice` with the all-zero value (dropping
/// the old values).
///
/// ```
/// let mut samples = [1.5_f32, 2.5];
/// vouch::fill_zeroes(&mut samples);
/// assert_eq!(samples, [0.0; 2]);
/// ```
#[inline]
pub fn fill_zeroes<T: Zeroable>(slice: &mut [T]) {
    let () = <T as Zeroable>::PROOF;
    for element in slice {
        *element = T::zeroed();
    }
}

/// Splits `vals` into a prefix of `T`s, a middle of `U`s that starts at an
/// address aligned for `U`, and a suffix of `T`s, all over the same bytes.
/// The middle is as long as possible, but may be empty (always when `U` is
/// zero-sized, or when the element sizes do not fit).
///
/// ```
/// let bytes = [0_u8; 11];
/// let (head, words, tail) = vouch::pod_align_to::<u8, u32>(&bytes);
/// assert_eq!(head.len() + 4 * words.len() + tail.len(), 11);
/// ```
#[inline]
#[must_use]
pub fn pod_align_to<T: NoUninit, U: AnyBitPattern>(vals: &[T]) -> (&[T], &[U], &[T]) {
    let () = <U as AnyBitPattern>::PROOF;
    let () = <T as NoUninit>::PROOF;
    // SAFETY: `align_to` only reinterprets bytes that lie inside `vals`, at
    // an address aligned for `U`; they are initialized (`T: NoUninit`) and
    // valid as `U`s (`U: AnyBitPattern`), with no interior mutability on
    // either side.
    unsafe { vals.align_to::<U>() }
}

/// Splits `vals` as [`pod_align_to`] does, mutably.
///
/// ```
/// let mut bytes = [0_u8; 12];
/// let (_, words, _) = vouch::pod_align_to_mut::<u8, u32>(&mut bytes);
/// words.fill(u32::MAX);
/// let filled = words.len();
/// assert_eq!(bytes.iter().filter(|&&b| b == 0xFF).count(), 4 * filled);
/// ```
#[inline]
#[must_use]
pub fn pod_align_to_mut<T: NoUninit + AnyBitPattern, U: NoUninit + AnyBitPattern>(
    vals: &mut [T],
) -> (&mut [T], &mut [U], &mut [T]) {
    let () = <T as AnyBitPattern>::PROOF;
    let () = <U as AnyBitPattern>::PROOF;
    let () = <T as NoUninit>::PROOF;
    let () = <U as NoUninit>::PROOF;
    // SAFETY: as in `pod_align_to`; and both ways round every bit pattern is
    // valid and initialized, so writes through either view keep the other
    // valid.
    unsafe { vals.align_to_mut::<U>() }
}
