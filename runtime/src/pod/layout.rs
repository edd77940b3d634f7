//! The layout rules every cast obeys, in one place: the plain, checked and
//! allocation casts all ask these functions whether a cast may go ahead and
//! only then reinterpret the pointer.

use super::error::PodCastError;
use core::mem::{align_of, size_of};

/// Whether `ptr` may be read as a `B`: either `B` needs no more alignment
/// than `A` (so any valid `*const A` is aligned for it) or the address is a
/// multiple of `B`'s alignment.
#[inline]
fn aligned_for<A, B>(ptr: *const A) -> bool {
    align_of::<B>() <= align_of::<A>() || ptr.cast::<B>().is_aligned()
}

/// May a `&A` at `ptr` be viewed as a `&B`? Alignment first, then size.
#[inline]
pub(crate) fn check_ref<A, B>(ptr: *const A) -> Result<(), PodCastError> {
    if !aligned_for::<A, B>(ptr) {
        Err(PodCastError::TargetAlignmentGreaterAndInputNotAligned)
    } else if size_of::<A>() == size_of::<B>() {
        Ok(())
    } else {
        Err(PodCastError::SizeMismatch)
    }
}

/// May `bytes` (a byte slice) be viewed as one `&T`? Length first, then
/// alignment.
#[inline]
pub(crate) fn check_bytes<T>(bytes: &[u8]) -> Result<(), PodCastError> {
    if bytes.len() != size_of::<T>() {
        Err(PodCastError::SizeMismatch)
    } else if aligned_for::<u8, T>(bytes.as_ptr()) {
        Ok(())
    } else {
        Err(PodCastError::TargetAlignmentGreaterAndInputNotAligned)
    }
}

/// The length of `len` `A`s at `ptr` viewed as a slice of `B`s, if that view
/// is allowed.
#[inline]
pub(crate) fn check_slice<A, B>(ptr: *const A, len: usize) -> Result<usize, PodCastError> {
    if !aligned_for::<A, B>(ptr) {
        return Err(PodCastError::TargetAlignmentGreaterAndInputNotAligned);
    }
    slice_len::<A, B>(len)
}

/// The length of `len` `A`s re-counted in `B`s: the same bytes, no slop, and
/// no cast between a zero-sized and a non-zero-sized element (there is no
/// meaningful length for it, and dividing by a zero size is no answer).
#[inline]
pub(crate) fn slice_len<A, B>(len: usize) -> Result<usize, PodCastError> {
    let (size_a, size_b) = (size_of::<A>(), size_of::<B>());
    if size_a == size_b {
        Ok(len)
    } else if size_a == 0 || size_b == 0 {
        Err(PodCastError::SizeMismatch)
    } else {
        // Cannot overflow: `len` `A`s exist in memory (or in a capacity that
        // was allocated), so their byte count fits in `isize`.
        let bytes = len * size_a;
        if bytes.is_multiple_of(size_b) {
            Ok(bytes / size_b)
        } else {
            Err(PodCastError::OutputSliceWouldHaveSlop)
        }
    }
}
