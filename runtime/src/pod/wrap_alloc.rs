//! [`TransparentWrapper`] for owned and shared allocations: a `Box`, `Vec`,
//! `Rc` or `Arc` of the inner type becomes one of the wrapper, reusing the
//! allocation (feature `alloc`).

use super::traits::TransparentWrapper;
use alloc::boxed::Box;
use alloc::rc::Rc;
#[cfg(target_has_atomic = "ptr")]
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::mem::{ManuallyDrop, align_of, size_of};

/// Reinterprets a pointer to `Src` as a pointer to `Dst`, keeping its
/// metadata (length or vtable) for unsized types.
///
/// # Safety
/// `Dst` must be a `repr(transparent)` wrapper of `Src` or the other way
/// round, so that both have the same layout and the same kind of metadata.
#[inline]
unsafe fn repoint<Src: ?Sized, Dst: ?Sized>(ptr: *const Src) -> *const Dst {
    const {
        assert!(
            size_of::<*const Src>() == size_of::<*const Dst>(),
            "`TransparentWrapper` impl: pointers to the wrapper and to its inner type differ in size"
        );
    };
    // SAFETY: the pointers have the same size (checked above) and, by the
    // caller's promise, the same metadata kind; the copy keeps the
    // provenance of `ptr`.
    unsafe { core::mem::transmute_copy::<*const Src, *const Dst>(&ptr) }
}

/// The provided methods of [`TransparentWrapper`] for `Box`, `Vec`, `Rc` and
/// `Arc`. Implemented for every `TransparentWrapper`; import the trait to
/// call them.
///
/// ```
/// use core::num::Wrapping;
/// use vouch::allocation::TransparentWrapperAlloc;
///
/// let counters: Vec<Wrapping<u8>> = Wrapping::wrap_vec(vec![255_u8, 1]);
/// let bumped: Vec<Wrapping<u8>> = counters.into_iter().map(|c| c + Wrapping(1)).collect();
/// assert_eq!(Wrapping::peel_vec(bumped), [0, 2]);
/// ```
pub trait TransparentWrapperAlloc<Inner: ?Sized>: TransparentWrapper<Inner> {
    /// Turns a `Vec` of `Inner` into a `Vec` of `Self`, reusing its buffer.
    #[inline]
    #[must_use]
    fn wrap_vec(s: Vec<Inner>) -> Vec<Self>
    where
        Self: Sized,
        Inner: Sized,
    {
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        const { same_layout::<Inner, Self>() };
        let mut s = ManuallyDrop::new(s);
        let (ptr, len, capacity) = (s.as_mut_ptr(), s.len(), s.capacity());
        // SAFETY: `Self` wraps `Inner` transparently (the same size and
        // alignment, checked above), so the buffer's layout is the same for
        // both and its elements are valid `Self`s; the input is forgotten, so
        // the buffer has one owner.
        unsafe { Vec::from_raw_parts(ptr.cast::<Self>(), len, capacity) }
    }

    /// Turns a `Box<Inner>` into a `Box<Self>`, reusing the allocation.
    #[inline]
    #[must_use]
    fn wrap_box(s: Box<Inner>) -> Box<Self> {
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr = Box::into_raw(s);
        // SAFETY: `Self` wraps `Inner` transparently, so the allocation has
        // the layout of a `Self` and holds a valid one; `into_raw` gave up
        // ownership, which the new box takes.
        unsafe { Box::from_raw(repoint::<Inner, Self>(ptr).cast_mut()) }
    }

    /// Turns an `Rc<Inner>` into an `Rc<Self>`, reusing the allocation.
    #[inline]
    #[must_use]
    fn wrap_rc(s: Rc<Inner>) -> Rc<Self> {
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr = Rc::into_raw(s);
        // SAFETY: `from_raw` accepts a pointer from `into_raw` of a type of
        // the same size and alignment, which a transparent wrapper has.
        unsafe { Rc::from_raw(repoint::<Inner, Self>(ptr)) }
    }

    /// Turns an `Arc<Inner>` into an `Arc<Self>`, reusing the allocation.
    #[cfg(target_has_atomic = "ptr")]
    #[inline]
    #[must_use]
    fn wrap_arc(s: Arc<Inner>) -> Arc<Self> {
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr = Arc::into_raw(s);
        // SAFETY: as in `wrap_rc`.
        unsafe { Arc::from_raw(repoint::<Inner, Self>(ptr)) }
    }

    /// Turns a `Vec` of `Self` into a `Vec` of `Inner`, reusing its buffer.
    #[inline]
    #[must_use]
    fn peel_vec(s: Vec<Self>) -> Vec<Inner>
    where
        Self: Sized,
        Inner: Sized,
    {
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        const { same_layout::<Inner, Self>() };
        let mut s = ManuallyDrop::new(s);
        let (ptr, len, capacity) = (s.as_mut_ptr(), s.len(), s.capacity());
        // SAFETY: as in `wrap_vec`, the other way round.
        unsafe { Vec::from_raw_parts(ptr.cast::<Inner>(), len, capacity) }
    }

    /// Turns a `Box<Self>` into a `Box<Inner>`, reusing the allocation.
    #[inline]
    #[must_use]
    fn peel_box(s: Box<Self>) -> Box<Inner> {
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr = Box::into_raw(s);
        // SAFETY: as in `wrap_box`, the other way round.
        unsafe { Box::from_raw(repoint::<Self, Inner>(ptr).cast_mut()) }
    }

    /// Turns an `Rc<Self>` into an `Rc<Inner>`, reusing the allocation.
    #[inline]
    #[must_use]
    fn peel_rc(s: Rc<Self>) -> Rc<Inner> {
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr = Rc::into_raw(s);
        // SAFETY: as in `wrap_rc`, the other way round.
        unsafe { Rc::from_raw(repoint::<Self, Inner>(ptr)) }
    }

    /// Turns an `Arc<Self>` into an `Arc<Inner>`, reusing the allocation.
    #[cfg(target_has_atomic = "ptr")]
    #[inline]
    #[must_use]
    fn peel_arc(s: Arc<Self>) -> Arc<Inner> {
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr = Arc::into_raw(s);
        // SAFETY: as in `wrap_rc`, the other way round.
        unsafe { Arc::from_raw(repoint::<Self, Inner>(ptr)) }
    }
}

impl<Inner: ?Sized, T: ?Sized + TransparentWrapper<Inner>> TransparentWrapperAlloc<Inner> for T {}

const fn same_layout<Inner, Wrapper>() {
    assert!(
        size_of::<Inner>() == size_of::<Wrapper>() && align_of::<Inner>() == align_of::<Wrapper>(),
        "`TransparentWrapper` impl: the wrapper and its inner type differ in size or alignment"
    );
}
