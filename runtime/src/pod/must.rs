//! Casts whose layout rules are checked while the program is built: they
//! cannot fail at run time, so they return the output directly and never
//! panic.
//!
//! The check is a constant evaluated for each pair of types a `must_` cast
//! is used with: a cast that breaks it stops `cargo build` (and
//! `cargo test`) with an error naming the rule. `cargo check` does not
//! instantiate generic code, so it does not report these.

use super::traits::{AnyBitPattern, NoUninit};
use core::mem::{align_of, size_of};

/// The rules, as `const fn`s evaluated in `const` blocks.
struct Rules<A, B>(A, B);

impl<A, B> Rules<A, B> {
    const SAME_SIZE: () = assert!(
        size_of::<A>() == size_of::<B>(),
        "vouch::must_cast: the input and output types differ in size; use `try_cast` for a checked cast"
    );
    const ALIGN_FITS: () = assert!(
        align_of::<A>() >= align_of::<B>(),
        "vouch::must_cast_ref, must_cast_slice: the output type needs a greater alignment than the input type; use `try_cast_ref` or `try_cast_slice` to check the address at run time"
    );
    const ELEMENTS_DIVIDE: () = assert!(
        size_of::<A>() == size_of::<B>()
            || (size_of::<A>() != 0
                && size_of::<B>() != 0
                && size_of::<A>().is_multiple_of(size_of::<B>())),
        "vouch::must_cast_slice: the input element's size must be a multiple of the output element's (and neither or both zero-sized); use `try_cast_slice` for a checked cast"
    );
}

/// Reinterprets the bytes of `a` as a `B`; `A` and `B` must have the same
/// size, which the build checks.
///
/// ```
/// let bits: u64 = vouch::must_cast(1.0_f64);
/// assert_eq!(bits, 0x3FF0_0000_0000_0000);
/// ```
///
/// ```compile_fail
/// let wide: u64 = vouch::must_cast(1_u32); // sizes differ: does not build
/// ```
#[inline]
#[must_use]
pub fn must_cast<A: NoUninit, B: AnyBitPattern>(a: A) -> B {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    const { Rules::<A, B>::SAME_SIZE };
    // SAFETY: same size (checked at build time above); initialized bytes
    // (`A: NoUninit`) are a valid `B` (`B: AnyBitPattern`).
    unsafe { core::mem::transmute_copy::<A, B>(&a) }
}

/// Views `a` as a `&B`; `A` and `B` must have the same size and `B` no
/// greater alignment, which the build checks.
///
/// ```
/// let word = 0x0102_0304_u32;
/// let bytes: &[u8; 4] = vouch::must_cast_ref(&word);
/// assert_eq!(bytes, &word.to_ne_bytes());
/// ```
///
/// ```compile_fail
/// let bytes = [0_u8; 4];
/// let word: &u32 = vouch::must_cast_ref(&bytes); // alignment 1 < 4: does not build
/// ```
#[inline]
#[must_use]
pub fn must_cast_ref<A: NoUninit, B: AnyBitPattern>(a: &A) -> &B {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    const { Rules::<A, B>::SAME_SIZE };
    const { Rules::<A, B>::ALIGN_FITS };
    let ptr: *const A = a;
    // SAFETY: same size, and `a` is aligned for `B` since `B` needs no more
    // alignment than `A` (both checked at build time above); the bytes are
    // initialized and valid as a `B`, with no interior mutability. The
    // result borrows `a`.
    unsafe { &*ptr.cast::<B>() }
}

/// Views `a` as a `&mut B`, with [`must_cast_ref`]'s build-time checks.
///
/// ```
/// let mut word = 0_u32;
/// vouch::must_cast_mut::<u32, [u8; 4]>(&mut word)[0] = 1;
/// assert_ne!(word, 0);
/// ```
#[inline]
#[must_use]
pub fn must_cast_mut<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
    a: &mut A,
) -> &mut B {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    const { Rules::<A, B>::SAME_SIZE };
    const { Rules::<A, B>::ALIGN_FITS };
    let ptr: *mut A = a;
    // SAFETY: as in `must_cast_ref`; both ways round every bit pattern is
    // valid and initialized. The result borrows `a` mutably.
    unsafe { &mut *ptr.cast::<B>() }
}

/// Views a slice of `A`s as a slice of `B`s; `size_of::<A>()` must be a
/// multiple of `size_of::<B>()` (so there is never slop) and `B` must need
/// no greater alignment, which the build checks.
///
/// ```
/// let pixels = [[1_u8, 2, 3, 4], [5, 6, 7, 8]];
/// let channels: &[u8] = vouch::must_cast_slice(&pixels);
/// assert_eq!(channels.len(), 8);
/// ```
///
/// ```compile_fail
/// let bytes = [0_u8; 8];
/// let pairs: &[[u8; 2]] = vouch::must_cast_slice(&bytes); // 1 is no multiple of 2
/// ```
#[inline]
#[must_use]
pub fn must_cast_slice<A: NoUninit, B: AnyBitPattern>(a: &[A]) -> &[B] {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    const { Rules::<A, B>::ELEMENTS_DIVIDE };
    const { Rules::<A, B>::ALIGN_FITS };
    let len = output_len::<A, B>(a.len());
    // SAFETY: `len` `B`s cover exactly the bytes of `a`, aligned for `B`
    // (both by the build-time checks above); the bytes are initialized and
    // valid as `B`s, with no interior mutability. The result borrows `a`.
    unsafe { core::slice::from_raw_parts(a.as_ptr().cast::<B>(), len) }
}

/// Views a mutable slice of `A`s as one of `B`s, with
/// [`must_cast_slice`]'s build-time checks.
///
/// ```
/// let mut words = [0_u32; 2];
/// vouch::must_cast_slice_mut::<u32, u8>(&mut words)[7] = 1;
/// assert_ne!(words[1], 0);
/// ```
#[inline]
#[must_use]
pub fn must_cast_slice_mut<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
    a: &mut [A],
) -> &mut [B] {
    let () = <A as AnyBitPattern>::PROOF;
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    const { Rules::<A, B>::ELEMENTS_DIVIDE };
    const { Rules::<A, B>::ALIGN_FITS };
    let len = output_len::<A, B>(a.len());
    // SAFETY: as in `must_cast_slice`; both ways round every bit pattern is
    // valid and initialized. The result borrows `a` mutably.
    unsafe { core::slice::from_raw_parts_mut(a.as_mut_ptr().cast::<B>(), len) }
}

/// The output length of a slice cast that `ELEMENTS_DIVIDE` allowed.
#[inline]
const fn output_len<A, B>(len: usize) -> usize {
    if size_of::<A>() == size_of::<B>() {
        len
    } else {
        // Both sizes are non-zero here, and `len * size_of::<A>()` is the
        // byte length of a slice in memory, so it does not overflow.
        len * (size_of::<A>() / size_of::<B>())
    }
}
