//! What the pin macros' generated code needs. Reached as
//! `vouch::__private::pin`; not public API.

use core::marker::PhantomData;
use core::mem::ManuallyDrop;
use core::ptr;

pub use super::traits::{PinnedDrop, PinnedDropArgument, PinnedDropToken, UnsafeUnpin};

/// `T` itself, reached through a projection: a bound on `Pinned<'pin, X>`
/// is one coherence does not evaluate (it cannot see that it is `X`), so
/// the generated `Unpin` impl overlaps with every other `Unpin` impl of the
/// type, whatever types the other one names. The lifetime keeps the bound
/// from being a trivial one (which rustc rejects when it is false, e.g.
/// `Pinned<'pin, PhantomPinned>: Unpin` for a type without generics).
///
/// In the user's rustdoc, the `Unpin` impl of a `#[pin_project]` type reads
/// `where Pinned<'pin, T>: Unpin` for each `#[pin]` field's type `T`.
pub type Pinned<'pin, T> = <Identity<'pin, T> as IdentityTrait>::Actual;

/// Names `T` as an associated type; see [`Pinned`].
pub struct Identity<'pin, T: ?Sized>(PhantomData<&'pin ()>, PhantomData<T>);

/// The projection of [`Pinned`]. Sealed: its only impl is the one below,
/// so `Pinned<'pin, T>` is always `T`.
pub trait IdentityTrait: sealed::Sealed {
    /// `T` of `Identity<'_, T>`.
    type Actual: ?Sized;
}

impl<T: ?Sized> IdentityTrait for Identity<'_, T> {
    type Actual = T;
}

mod sealed {
    pub trait Sealed {}
    impl<T: ?Sized> Sealed for super::Identity<'_, T> {}
}

/// A marker that is invariant in `T`: comparing two of them compares the
/// types exactly (no coercion, no lifetime subtyping).
pub type Invariant<T> = PhantomData<*mut T>;

/// The type of a mutable reference's target, as a value whose type can be
/// compared exactly with [`Invariant`]. A `&mut` because it is invariant in
/// its target: from a `&'x &'static u8`, `T` could be inferred as any
/// `&'a u8`.
#[inline]
#[must_use]
pub fn type_of<T: ?Sized>(_: &mut T) -> Invariant<T> {
    PhantomData
}

/// Always `Unpin`, whatever `T` is: lets the hidden `Unpin` witness mention
/// every generic parameter without the parameter itself counting.
pub struct AlwaysUnpin<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> Unpin for AlwaysUnpin<T> {}

/// Writes a value over `*target` when dropped, without dropping what was
/// there: the last step of `project_replace`, run on unwinding as well.
pub struct UnsafeOverwriteGuard<T> {
    target: *mut T,
    value: ManuallyDrop<T>,
}

impl<T> UnsafeOverwriteGuard<T> {
    /// # Safety
    /// `target` must be valid for writes when the guard drops, and what it
    /// holds then must already be dropped or moved out.
    #[inline]
    pub unsafe fn new(target: *mut T, value: T) -> Self {
        Self {
            target,
            value: ManuallyDrop::new(value),
        }
    }
}

impl<T> Drop for UnsafeOverwriteGuard<T> {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: `new`'s contract: `target` is writable and holds nothing
        // that still needs a drop; `value` is taken exactly once, here.
        unsafe { ptr::write(self.target, ManuallyDrop::take(&mut self.value)) }
    }
}

/// Drops `*target` in place when dropped, also on unwinding, so a panic in
/// one pinned field's destructor still drops the others.
pub struct UnsafeDropInPlaceGuard<T: ?Sized>(*mut T);

impl<T: ?Sized> UnsafeDropInPlaceGuard<T> {
    /// # Safety
    /// `target` must be valid for `drop_in_place` when the guard drops, and
    /// nothing may use the value afterwards.
    #[inline]
    pub unsafe fn new(target: *mut T) -> Self {
        Self(target)
    }
}

impl<T: ?Sized> Drop for UnsafeDropInPlaceGuard<T> {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: `new`'s contract.
        unsafe { ptr::drop_in_place(self.0) }
    }
}
