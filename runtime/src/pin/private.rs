//! What the pin macros' generated code needs. Reached as
//! `vouch::__private::pin`; not public API.

use core::marker::PhantomData;
use core::mem::ManuallyDrop;
use core::ptr;

pub use super::traits::{PinnedDrop, PinnedDropToken, UnsafeUnpin};

/// Implemented by `#[pin_project(PinnedDrop)]` for its type, and the
/// supertrait of `PinnedDrop`: a `PinnedDrop` impl for a type that did not
/// ask for one (its body would never run) does not compile.
#[diagnostic::on_unimplemented(
    message = "`{Self}` implements `PinnedDrop` but is not `#[pin_project(PinnedDrop)]`",
    label = "this `PinnedDrop` impl would never run",
    note = "add the `PinnedDrop` argument: `#[vouch::pin_project(PinnedDrop)]` on the definition of `{Self}`"
)]
pub trait PinnedDropArgument {}

/// A type that is `Unpin` exactly when `T` is, and generic over a lifetime
/// so that a bound on it is never a trivial bound (which rustc rejects when
/// it is false, e.g. for `!Unpin`).
pub struct Wrapper<'pin, T: ?Sized>(PhantomData<&'pin ()>, T);

// SAFETY: `Wrapper` adds nothing pinned; it is `UnsafeUnpin` exactly when
// its content is, which is what the generated `Unpin` impl asks for.
unsafe impl<T: ?Sized + super::traits::UnsafeUnpin> super::traits::UnsafeUnpin for Wrapper<'_, T> {}

/// The type of a reference's target, as a value whose type can be compared
/// exactly (a `PhantomData` does not coerce).
#[inline]
#[must_use]
pub fn type_of<T: ?Sized>(_: &T) -> PhantomData<T> {
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
