//! Casts and zeroed constructors for owned allocations: `Box<T>`,
//! `Box<[T]>` and `Vec<T>` (feature `alloc`).
//!
//! An allocation must be freed with the layout it was allocated with, so on
//! top of the rules of the borrowed casts, the element types of a cast must
//! have **equal** alignment ([`PodCastError::AlignmentMismatch`] otherwise),
//! and the byte length (and, for a `Vec`, the byte capacity) must divide
//! exactly into output elements. A failed `try_` cast hands the input back
//! with the error, so nothing is lost.
//!
//! ```
//! use vouch::allocation;
//!
//! let pixels: Vec<[u8; 4]> = vec![[0xFF, 0, 0, 0xFF]; 3];
//! let channels: Vec<u8> = allocation::cast_vec(pixels);
//! assert_eq!(channels.len(), 12);
//!
//! // `u32` has alignment 4 and `[u8; 4]` alignment 1: the allocation could
//! // not be freed correctly, so the cast is refused and the input returned.
//! let (error, words) = allocation::try_cast_vec::<u32, [u8; 4]>(vec![1, 2]).unwrap_err();
//! assert_eq!(error, vouch::PodCastError::AlignmentMismatch);
//! assert_eq!(words, [1, 2]);
//!
//! let table: Box<[u64; 512]> = allocation::zeroed_box();
//! assert!(table.iter().all(|&x| x == 0));
//! ```

pub use super::wrap_alloc::TransparentWrapperAlloc;

use super::error::{PodCastError, fail};
use super::layout::slice_len;
use super::traits::{AnyBitPattern, NoUninit, Zeroable};
use alloc::alloc::{Layout, alloc_zeroed, handle_alloc_error};
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::mem::{ManuallyDrop, align_of, size_of};
use core::ptr::NonNull;

/// Why a zeroed allocation could not be made: the size overflows
/// (`None`), or the allocator refused this layout.
type ZeroedFailure = Option<Layout>;

fn zeroed_slice_box_inner<T: Zeroable>(length: usize) -> Result<Box<[T]>, ZeroedFailure> {
    let () = <T as Zeroable>::PROOF;
    if size_of::<T>() == 0 {
        let slice = core::ptr::slice_from_raw_parts_mut(NonNull::<T>::dangling().as_ptr(), length);
        // SAFETY: a box of zero-sized values owns no allocation: its pointer
        // is a dangling, aligned one, which `Box` never frees. Each element
        // is the zero-sized value, valid since `T: Zeroable`. This takes no
        // time, whatever `length` is, where building the elements one by one
        // would loop `length` times.
        return Ok(unsafe { Box::from_raw(slice) });
    }
    if length == 0 {
        return Ok(Box::new([]));
    }
    let layout = Layout::array::<T>(length).map_err(|_| None)?;
    // SAFETY: `layout` has a non-zero size (`T` is not zero-sized and
    // `length` is not zero).
    let ptr = unsafe { alloc_zeroed(layout) };
    if ptr.is_null() {
        return Err(Some(layout));
    }
    let slice = core::ptr::slice_from_raw_parts_mut(ptr.cast::<T>(), length);
    // SAFETY: `ptr` was allocated by the global allocator with the layout of
    // `[T; length]`, and its bytes are zero, which is `length` valid `T`s
    // (`T: Zeroable`). The box takes ownership of the allocation.
    Ok(unsafe { Box::from_raw(slice) })
}

#[track_caller]
fn zeroed_or_abort<R>(result: Result<R, ZeroedFailure>, function: &str) -> R {
    match result {
        Ok(value) => value,
        Err(Some(layout)) => handle_alloc_error(layout),
        Err(None) => fail(
            function,
            &"capacity overflow: the requested size does not fit in `isize`",
        ),
    }
}

/// A `Box<T>` whose bytes are all zero, made without building the `T` on
/// the stack first (so it suits large arrays).
///
/// # Errors
/// `Err(())` if the allocator refuses.
#[allow(
    clippy::result_unit_err,
    reason = "the signature of bytemuck's `try_zeroed_box`, so migrating is a path change"
)]
#[inline]
pub fn try_zeroed_box<T: Zeroable>() -> Result<Box<T>, ()> {
    let () = <T as Zeroable>::PROOF;
    if size_of::<T>() == 0 {
        return Ok(Box::new(T::zeroed()));
    }
    let layout = Layout::new::<T>();
    // SAFETY: `layout` has a non-zero size (checked above).
    let ptr = unsafe { alloc_zeroed(layout) };
    if ptr.is_null() {
        return Err(());
    }
    // SAFETY: `ptr` was allocated by the global allocator with `T`'s layout,
    // and its zero bytes are a valid `T` (`T: Zeroable`).
    Ok(unsafe { Box::from_raw(ptr.cast::<T>()) })
}

/// A `Box<T>` whose bytes are all zero, made without building the `T` on
/// the stack first.
///
/// Aborts through [`handle_alloc_error`] if the allocator refuses.
#[inline]
#[must_use]
pub fn zeroed_box<T: Zeroable>() -> Box<T> {
    let () = <T as Zeroable>::PROOF;
    if let Ok(boxed) = try_zeroed_box() {
        boxed
    } else {
        handle_alloc_error(Layout::new::<T>())
    }
}

/// A boxed slice of `length` zeroed `T`s.
///
/// # Errors
/// `Err(())` if the size overflows or the allocator refuses.
#[allow(
    clippy::result_unit_err,
    reason = "the signature of bytemuck's `try_zeroed_slice_box`, so migrating is a path change"
)]
#[inline]
pub fn try_zeroed_slice_box<T: Zeroable>(length: usize) -> Result<Box<[T]>, ()> {
    let () = <T as Zeroable>::PROOF;
    zeroed_slice_box_inner(length).map_err(|_| ())
}

/// A boxed slice of `length` zeroed `T`s.
///
/// # Panics
/// If the size overflows `isize`; aborts through [`handle_alloc_error`] if
/// the allocator refuses.
///
/// ```
/// let rows: Box<[[u8; 16]]> = vouch::allocation::zeroed_slice_box(4);
/// assert_eq!(rows.len(), 4);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn zeroed_slice_box<T: Zeroable>(length: usize) -> Box<[T]> {
    let () = <T as Zeroable>::PROOF;
    zeroed_or_abort(
        zeroed_slice_box_inner(length),
        "allocation::zeroed_slice_box",
    )
}

/// A `Vec` of `length` zeroed `T`s (its capacity is `length`).
///
/// # Errors
/// `Err(())` if the size overflows or the allocator refuses.
#[allow(
    clippy::result_unit_err,
    reason = "the signature of bytemuck's `try_zeroed_vec`, so migrating is a path change"
)]
#[inline]
pub fn try_zeroed_vec<T: Zeroable>(length: usize) -> Result<Vec<T>, ()> {
    let () = <T as Zeroable>::PROOF;
    try_zeroed_slice_box(length).map(Vec::from)
}

/// A `Vec` of `length` zeroed `T`s (its capacity is `length`).
///
/// # Panics
/// If the size overflows `isize`; aborts through [`handle_alloc_error`] if
/// the allocator refuses.
///
/// ```
/// let samples: Vec<f32> = vouch::allocation::zeroed_vec(3);
/// assert_eq!(samples, [0.0; 3]);
/// ```
#[inline]
#[must_use]
#[track_caller]
pub fn zeroed_vec<T: Zeroable>(length: usize) -> Vec<T> {
    let () = <T as Zeroable>::PROOF;
    zeroed_or_abort(zeroed_slice_box_inner(length), "allocation::zeroed_vec").into_vec()
}

/// Reinterprets a `Box<A>` as a `Box<B>`, reusing the allocation.
///
/// # Panics
/// If [`try_cast_box`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn cast_box<A: NoUninit, B: AnyBitPattern>(input: Box<A>) -> Box<B> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    match try_cast_box(input) {
        Ok(b) => b,
        Err((e, _)) => fail("allocation::cast_box", &e),
    }
}

/// Reinterprets a `Box<A>` as a `Box<B>`, reusing the allocation, or hands
/// the box back with the reason.
///
/// # Errors
/// [`PodCastError::AlignmentMismatch`] if `A` and `B` differ in alignment;
/// [`PodCastError::SizeMismatch`] if they differ in size.
///
/// ```
/// use vouch::{PodCastError, allocation};
///
/// let bits: Box<u32> = allocation::try_cast_box(Box::new(1.0_f32)).unwrap();
/// assert_eq!(*bits, 0x3F80_0000);
///
/// let (error, original) = allocation::try_cast_box::<u32, u16>(Box::new(7)).unwrap_err();
/// assert_eq!(error, PodCastError::AlignmentMismatch);
/// assert_eq!(*original, 7);
/// ```
#[inline]
pub fn try_cast_box<A: NoUninit, B: AnyBitPattern>(
    input: Box<A>,
) -> Result<Box<B>, (PodCastError, Box<A>)> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    if align_of::<A>() != align_of::<B>() {
        return Err((PodCastError::AlignmentMismatch, input));
    }
    if size_of::<A>() != size_of::<B>() {
        return Err((PodCastError::SizeMismatch, input));
    }
    let ptr = Box::into_raw(input);
    // SAFETY: the allocation was made for `A`'s layout, which is `B`'s
    // (checked above), so the box frees it correctly; its bytes are
    // initialized (`A: NoUninit`) and so a valid `B` (`B: AnyBitPattern`).
    Ok(unsafe { Box::from_raw(ptr.cast::<B>()) })
}

/// Reinterprets a `Box<[A]>` as a `Box<[B]>` over the same bytes, reusing
/// the allocation.
///
/// # Panics
/// If [`try_cast_slice_box`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn cast_slice_box<A: NoUninit, B: AnyBitPattern>(input: Box<[A]>) -> Box<[B]> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    match try_cast_slice_box(input) {
        Ok(b) => b,
        Err((e, _)) => fail("allocation::cast_slice_box", &e),
    }
}

/// Reinterprets a `Box<[A]>` as a `Box<[B]>` over the same bytes, reusing
/// the allocation, or hands the box back with the reason.
///
/// # Errors
/// [`PodCastError::AlignmentMismatch`] if `A` and `B` differ in alignment;
/// [`PodCastError::OutputSliceWouldHaveSlop`] if the byte length is not a
/// multiple of `size_of::<B>()`; [`PodCastError::SizeMismatch`] if exactly
/// one of `A` and `B` is zero-sized.
///
/// ```
/// let pairs: Box<[[u8; 2]]> = vec![[1, 2], [3, 4]].into_boxed_slice();
/// let bytes: Box<[u8]> = vouch::allocation::try_cast_slice_box(pairs).unwrap();
/// assert_eq!(&*bytes, &[1, 2, 3, 4]);
/// ```
#[allow(
    clippy::type_complexity,
    reason = "the signature of bytemuck's `try_cast_slice_box`, so migrating is a path change"
)]
#[inline]
pub fn try_cast_slice_box<A: NoUninit, B: AnyBitPattern>(
    input: Box<[A]>,
) -> Result<Box<[B]>, (PodCastError, Box<[A]>)> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    if align_of::<A>() != align_of::<B>() {
        return Err((PodCastError::AlignmentMismatch, input));
    }
    let len = match slice_len::<A, B>(input.len()) {
        Ok(len) => len,
        Err(e) => return Err((e, input)),
    };
    let ptr = Box::into_raw(input);
    let slice = core::ptr::slice_from_raw_parts_mut(ptr.cast::<B>(), len);
    // SAFETY: `len` `B`s have exactly the bytes of the input and `B` has
    // `A`'s alignment (checked above), so the layout the box frees is the
    // layout that was allocated; the bytes are initialized (`A: NoUninit`)
    // and so valid `B`s (`B: AnyBitPattern`).
    Ok(unsafe { Box::from_raw(slice) })
}

/// Reinterprets a `Vec<A>` as a `Vec<B>` over the same bytes, reusing the
/// allocation.
///
/// # Panics
/// If [`try_cast_vec`] fails.
#[inline]
#[must_use]
#[track_caller]
pub fn cast_vec<A: NoUninit, B: AnyBitPattern>(input: Vec<A>) -> Vec<B> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    match try_cast_vec(input) {
        Ok(b) => b,
        Err((e, _)) => fail("allocation::cast_vec", &e),
    }
}

/// Reinterprets a `Vec<A>` as a `Vec<B>` over the same bytes, reusing the
/// allocation, or hands the vector back with the reason.
///
/// # Errors
/// [`PodCastError::AlignmentMismatch`] if `A` and `B` differ in alignment;
/// [`PodCastError::OutputSliceWouldHaveSlop`] if the length or the capacity
/// in bytes is not a multiple of `size_of::<B>()`;
/// [`PodCastError::SizeMismatch`] if exactly one of `A` and `B` is
/// zero-sized.
///
/// ```
/// use vouch::{PodCastError, allocation};
///
/// let mut bytes: Vec<u8> = Vec::with_capacity(4);
/// bytes.extend_from_slice(&[1, 2, 3, 4]);
/// let pairs: Vec<[u8; 2]> = allocation::try_cast_vec(bytes).unwrap();
/// assert_eq!(pairs, [[1, 2], [3, 4]]);
///
/// let (error, odd) = allocation::try_cast_vec::<u8, [u8; 2]>(vec![1, 2, 3]).unwrap_err();
/// assert_eq!(error, PodCastError::OutputSliceWouldHaveSlop);
/// assert_eq!(odd, [1, 2, 3]);
/// ```
#[inline]
pub fn try_cast_vec<A: NoUninit, B: AnyBitPattern>(
    input: Vec<A>,
) -> Result<Vec<B>, (PodCastError, Vec<A>)> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    if align_of::<A>() != align_of::<B>() {
        return Err((PodCastError::AlignmentMismatch, input));
    }
    let (len, capacity) = match (
        slice_len::<A, B>(input.len()),
        slice_len::<A, B>(input.capacity()),
    ) {
        (Ok(len), Ok(capacity)) => (len, capacity),
        (Err(e), _) | (_, Err(e)) => return Err((e, input)),
    };
    let mut input = ManuallyDrop::new(input);
    let ptr = input.as_mut_ptr();
    // SAFETY: `ptr` was allocated by the global allocator for `capacity` `B`s'
    // worth of bytes (the input capacity's bytes, divided exactly) at `B`'s
    // alignment (equal to `A`'s, checked above), which is the layout the new
    // vector will free; its first `len` `B`s are the input's initialized
    // bytes (`A: NoUninit`), valid as `B`s (`B: AnyBitPattern`). The input
    // is forgotten, so the allocation has one owner.
    Ok(unsafe { Vec::from_raw_parts(ptr.cast::<B>(), len, capacity) })
}

/// Collects the bytes of `src` into a new `Vec<B>` (copying; any alignment).
/// The last element is zero-padded if the bytes do not divide exactly.
///
/// ```
/// let bytes = [1_u8, 0, 2];
/// let words: Vec<u16> = vouch::allocation::pod_collect_to_vec(&bytes);
/// assert_eq!(words, [u16::from_ne_bytes([1, 0]), u16::from_ne_bytes([2, 0])]);
/// ```
#[must_use]
pub fn pod_collect_to_vec<A: NoUninit, B: NoUninit + AnyBitPattern>(src: &[A]) -> Vec<B> {
    let () = <B as AnyBitPattern>::PROOF;
    let () = <A as NoUninit>::PROOF;
    let () = <B as NoUninit>::PROOF;
    let size = size_of::<B>();
    if size == 0 || size_of::<A>() == 0 {
        // No bytes to copy, or no bytes to copy them into.
        return Vec::new();
    }
    let src_bytes = crate::cast_slice::<A, u8>(src);
    let mut out: Vec<B> = zeroed_vec(src_bytes.len().div_ceil(size));
    let out_bytes = crate::cast_slice_mut::<B, u8>(&mut out);
    out_bytes[..src_bytes.len()].copy_from_slice(src_bytes);
    out
}

/// Zeroed `Rc` and `Arc` values and slices: one macro for both.
macro_rules! shared_zeroed {
    (
        $(#[$cfg:meta])*
        $ptr:ident in $module:ident: $zeroed:ident, $zeroed_slice:ident
    ) => {
        /// A shared value whose bytes are all zero, made in place (never
        /// built on the stack first).
        ///
        /// Aborts through [`handle_alloc_error`] if the allocator refuses.
        $(#[$cfg])*
        #[inline]
        #[must_use]
        pub fn $zeroed<T: Zeroable>() -> alloc::$module::$ptr<T> {
            let () = <T as Zeroable>::PROOF;
            // (`new_zeroed` would do this in one call, from Rust 1.92 on.)
            let mut shared = alloc::$module::$ptr::<T>::new_uninit();
            if let Some(slot) = alloc::$module::$ptr::get_mut(&mut shared) {
                // SAFETY: `slot` is a unique, valid, aligned place for one
                // `T`; writing zero bytes to it is in bounds.
                unsafe { slot.as_mut_ptr().write_bytes(0, 1) };
            } else {
                unreachable!("a new shared pointer is unique");
            }
            // SAFETY: the value's bytes are zero (written above), a valid `T`
            // (`T: Zeroable`).
            unsafe { shared.assume_init() }
        }

        /// A shared slice of `length` zeroed `T`s, made in place.
        ///
        /// # Panics
        /// If the size overflows `isize`; aborts through
        /// [`handle_alloc_error`] if the allocator refuses.
        $(#[$cfg])*
        #[inline]
        #[must_use]
        pub fn $zeroed_slice<T: Zeroable>(length: usize) -> alloc::$module::$ptr<[T]> {
            let () = <T as Zeroable>::PROOF;
            let mut shared = alloc::$module::$ptr::<[T]>::new_uninit_slice(length);
            if let Some(slots) = alloc::$module::$ptr::get_mut(&mut shared) {
                // SAFETY: `slots` is a unique, valid, aligned place for
                // `slots.len()` `T`s; writing that many zeroed `T`s is in
                // bounds.
                unsafe { slots.as_mut_ptr().write_bytes(0, slots.len()) };
            } else {
                unreachable!("a new shared pointer is unique");
            }
            // SAFETY: every element's bytes are zero (written above), a valid
            // `T` (`T: Zeroable`).
            unsafe { shared.assume_init() }
        }
    };
}

shared_zeroed!(Rc in rc: zeroed_rc, zeroed_rc_slice);
shared_zeroed!(
    #[cfg(target_has_atomic = "ptr")]
    Arc in sync: zeroed_arc, zeroed_arc_slice
);

/// `Rc` and `Arc` casts: one macro for both, as their rules are the same.
/// The value is shared, so both sides must accept any bytes and produce
/// initialized ones (`NoUninit + AnyBitPattern`): other handles still read
/// the bytes as `A`, and a unique handle may write them as `B`.
macro_rules! shared_casts {
    (
        $(#[$cfg:meta])*
        $ptr:ident in $module:ident:
        $cast:ident, $try_cast:ident, $cast_slice:ident, $try_cast_slice:ident
    ) => {
        /// Reinterprets the shared value as a `B`, reusing the allocation.
        ///
        /// # Panics
        /// If the `try_` form fails.
        $(#[$cfg])*
        #[inline]
        #[must_use]
        #[track_caller]
        pub fn $cast<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
            input: alloc::$module::$ptr<A>,
        ) -> alloc::$module::$ptr<B> {
            let () = <A as NoUninit>::PROOF;
            let () = <A as AnyBitPattern>::PROOF;
            let () = <B as NoUninit>::PROOF;
            let () = <B as AnyBitPattern>::PROOF;
            match $try_cast(input) {
                Ok(b) => b,
                Err((e, _)) => fail(concat!("allocation::", stringify!($cast)), &e),
            }
        }

        /// Reinterprets the shared value as a `B`, reusing the allocation, or
        /// hands the input back with the reason.
        ///
        /// # Errors
        /// [`PodCastError::AlignmentMismatch`] if `A` and `B` differ in
        /// alignment; [`PodCastError::SizeMismatch`] if they differ in size.
        $(#[$cfg])*
        #[allow(
            clippy::type_complexity,
            reason = "bytemuck's signature, so migrating is a path change"
        )]
        #[inline]
        pub fn $try_cast<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
            input: alloc::$module::$ptr<A>,
        ) -> Result<alloc::$module::$ptr<B>, (PodCastError, alloc::$module::$ptr<A>)> {
            let () = <A as NoUninit>::PROOF;
            let () = <A as AnyBitPattern>::PROOF;
            let () = <B as NoUninit>::PROOF;
            let () = <B as AnyBitPattern>::PROOF;
            if align_of::<A>() != align_of::<B>() {
                return Err((PodCastError::AlignmentMismatch, input));
            }
            if size_of::<A>() != size_of::<B>() {
                return Err((PodCastError::SizeMismatch, input));
            }
            let ptr = alloc::$module::$ptr::into_raw(input);
            // SAFETY: `ptr` came from `into_raw` of a handle to an `A`, and
            // `B` has `A`'s size and alignment (checked above), which is what
            // `from_raw` asks of a different pointee type; the bytes are
            // initialized and valid as a `B`, and writes through a unique
            // handle leave valid `A` bytes for any `Weak` that upgrades later.
            Ok(unsafe { alloc::$module::$ptr::from_raw(ptr.cast::<B>()) })
        }

        /// Reinterprets a shared slice as a slice of `B`s over the same bytes,
        /// reusing the allocation.
        ///
        /// # Panics
        /// If the `try_` form fails.
        $(#[$cfg])*
        #[inline]
        #[must_use]
        #[track_caller]
        pub fn $cast_slice<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
            input: alloc::$module::$ptr<[A]>,
        ) -> alloc::$module::$ptr<[B]> {
            let () = <A as NoUninit>::PROOF;
            let () = <A as AnyBitPattern>::PROOF;
            let () = <B as NoUninit>::PROOF;
            let () = <B as AnyBitPattern>::PROOF;
            match $try_cast_slice(input) {
                Ok(b) => b,
                Err((e, _)) => fail(concat!("allocation::", stringify!($cast_slice)), &e),
            }
        }

        /// Reinterprets a shared slice as a slice of `B`s over the same bytes,
        /// reusing the allocation, or hands the input back with the reason.
        ///
        /// # Errors
        /// [`PodCastError::AlignmentMismatch`] if `A` and `B` differ in
        /// alignment; [`PodCastError::OutputSliceWouldHaveSlop`] if the byte
        /// length is not a multiple of `size_of::<B>()`;
        /// [`PodCastError::SizeMismatch`] if exactly one of `A` and `B` is
        /// zero-sized.
        $(#[$cfg])*
        #[allow(
            clippy::type_complexity,
            reason = "bytemuck's signature, so migrating is a path change"
        )]
        #[inline]
        pub fn $try_cast_slice<A: NoUninit + AnyBitPattern, B: NoUninit + AnyBitPattern>(
            input: alloc::$module::$ptr<[A]>,
        ) -> Result<alloc::$module::$ptr<[B]>, (PodCastError, alloc::$module::$ptr<[A]>)> {
            let () = <A as NoUninit>::PROOF;
            let () = <A as AnyBitPattern>::PROOF;
            let () = <B as NoUninit>::PROOF;
            let () = <B as AnyBitPattern>::PROOF;
            if align_of::<A>() != align_of::<B>() {
                return Err((PodCastError::AlignmentMismatch, input));
            }
            let len = match slice_len::<A, B>(input.len()) {
                Ok(len) => len,
                Err(e) => return Err((e, input)),
            };
            let ptr = alloc::$module::$ptr::into_raw(input);
            let slice = core::ptr::slice_from_raw_parts(ptr.cast::<B>(), len);
            // SAFETY: as for the single value: `len` `B`s have exactly the
            // bytes of the input slice and `B` has `A`'s alignment (checked
            // above), so the shared allocation's layout is unchanged.
            Ok(unsafe { alloc::$module::$ptr::from_raw(slice) })
        }
    };
}

shared_casts!(Rc in rc: cast_rc, try_cast_rc, cast_slice_rc, try_cast_slice_rc);
shared_casts!(
    #[cfg(target_has_atomic = "ptr")]
    Arc in sync: cast_arc, try_cast_arc, cast_slice_arc, try_cast_slice_arc
);
