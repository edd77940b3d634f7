//! What the pod derives' generated code needs: compile-time assertions and
//! layout helpers. Reached as `vouch::__private::pod`.
//!
//! Every helper here learns the type it checks by inference from a *place* of
//! the real item (`addr_of!(this.field)`, a closure projecting a field), never
//! from type tokens the derive copied: whatever a later attribute macro or a
//! type macro made of the item, the check describes the type that exists.

pub use super::traits::{
    AnyBitPattern, CheckedBitPattern, Contiguous, NoUninit, Pod, TransparentWrapper, Zeroable,
};
use core::marker::{PhantomData, PhantomPinned};

// The `Field*` traits below exist only to word the error a user sees when
// a field's type lacks the trait (rustc reports the bound of the helper,
// with its message). Each holds exactly when the trait does, and is sealed:
// nobody can add an impl that would let a field pass without the trait.

/// A field type that is `Zeroable`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Zeroable`, so all-zero bytes are not a value of this field",
    label = "not `Zeroable`",
    note = "references, `NonNull`, `NonZero*` and function pointers have no zero value; wrap \
            them in `Option`, or implement `Default` instead of deriving `Zeroable`"
)]
pub trait FieldZeroable: Zeroable {}
impl<T: Zeroable> FieldZeroable for T {}

/// A field type that is `Pod`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Pod`, so it cannot be a field of a `derive(Pod)` type",
    label = "not `Pod`",
    note = "fields of a `Pod` type are integers, floats, arrays of them and other `Pod` \
            types; for `bool`, `char` or enum fields derive `NoUninit` and \
            `CheckedBitPattern` instead"
)]
pub trait FieldPod: Pod {}
impl<T: Pod> FieldPod for T {}

/// A field type that is `AnyBitPattern`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not accept every bit pattern, so it cannot be a field of a \
               `derive(AnyBitPattern)` type",
    label = "not `AnyBitPattern`",
    note = "`bool`, `char`, enums, references and `NonZero*` have invalid bit patterns; \
            derive `CheckedBitPattern` instead"
)]
pub trait FieldAnyBitPattern: AnyBitPattern {}
impl<T: AnyBitPattern> FieldAnyBitPattern for T {}

/// A field type that is `NoUninit`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` may hold uninitialized bytes or pointers, so it cannot be a field of \
               a `derive(NoUninit)` type",
    label = "not `NoUninit`",
    note = "fields of a `NoUninit` type are integers, floats, `bool`, `char`, fieldless \
            enums and arrays of them, and other `NoUninit` types; no references or raw \
            pointers"
)]
pub trait FieldNoUninit: NoUninit {}
impl<T: NoUninit> FieldNoUninit for T {}

/// Zero-sized types of alignment 1 that a `repr(transparent)` wrapper may
/// carry besides its inner field. Sealed: only the impls below exist.
///
/// # Safety
/// `Self` has size 0 and alignment 1.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot sit next to the wrapped field of a `derive(TransparentWrapper)` \
               type: the derive knows only `PhantomData`, `PhantomPinned` and `()` to be \
               zero-sized with alignment 1",
    label = "not `PhantomData`, `PhantomPinned` or `()`",
    note = "use `PhantomData<{Self}>` for a marker, or implement `TransparentWrapper` by hand"
)]
pub unsafe trait OneZst: zst_sealed::Sealed {}

mod zst_sealed {
    /// Implemented for the three types of [`OneZst`](super::OneZst) only.
    pub trait Sealed {}
}

impl<T: ?Sized> zst_sealed::Sealed for PhantomData<T> {}
// SAFETY: `PhantomData` is zero-sized with alignment 1.
unsafe impl<T: ?Sized> OneZst for PhantomData<T> {}
impl zst_sealed::Sealed for PhantomPinned {}
// SAFETY: `PhantomPinned` is zero-sized with alignment 1.
unsafe impl OneZst for PhantomPinned {}
impl zst_sealed::Sealed for () {}
// SAFETY: `()` is zero-sized with alignment 1.
unsafe impl OneZst for () {}

/// The distance in bytes from `base` to `field`, a place inside `*base`.
/// Generated constants use it where `offset_of!` would do, because the
/// expansion of `offset_of!` cannot be pretty-printed by the snapshot tests.
///
/// # Safety
/// `field` must point into the same allocation as `base`, at or after it.
#[inline]
#[must_use]
pub const unsafe fn offset_between<S, F>(base: *const S, field: *const F) -> usize {
    // SAFETY: the caller promises both pointers are in one allocation, the
    // field at or after the base.
    unsafe {
        field
            .cast::<u8>()
            .offset_from(base.cast::<u8>())
            .unsigned_abs()
    }
}

/// A message composed while a constant is evaluated, so a padding error can
/// state its byte count: a constant can only panic with a string it already
/// has, and `panic!("{}", message.as_str())` is the one way to give it one.
pub struct Message {
    bytes: [u8; Message::CAPACITY],
    len: usize,
}

impl Message {
    const CAPACITY: usize = 1024;

    /// An empty message.
    #[must_use]
    pub const fn new() -> Self {
        Message {
            bytes: [0; Message::CAPACITY],
            len: 0,
        }
    }

    /// Appends `piece`, or nothing if it would not fit (a piece is never
    /// cut, so the message stays valid UTF-8).
    #[must_use]
    pub const fn push(mut self, piece: &str) -> Self {
        let piece = piece.as_bytes();
        if piece.len() > Message::CAPACITY - self.len {
            return self;
        }
        let mut i = 0;
        while i < piece.len() {
            self.bytes[self.len + i] = piece[i];
            i += 1;
        }
        self.len += piece.len();
        self
    }

    /// Appends `n` in decimal.
    #[must_use]
    pub const fn push_count(self, n: usize) -> Self {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        let mut rest = n;
        loop {
            start -= 1;
            // `rest % 10` is a single digit, so the cast keeps it whole.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (rest % 10) as u8;
            digits[start] = b'0' + digit;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        match core::str::from_utf8(digits.split_at(start).1) {
            Ok(text) => self.push(text),
            Err(_) => self,
        }
    }

    /// The text so far.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        match core::str::from_utf8(self.bytes.split_at(self.len).0) {
            Ok(text) => text,
            Err(_) => "",
        }
    }
}

impl Default for Message {
    fn default() -> Self {
        Message::new()
    }
}

/// Validates one field of a `CheckedBitPattern` struct. `F` is the field's
/// real type, fixed by the projection closure (never called); `bits` must be
/// that type's `Bits`, so the generated `Bits` struct cannot disagree with
/// the real one without a type error.
#[inline]
#[must_use]
pub fn field_is_valid<S: ?Sized, F: CheckedBitPattern>(
    _: fn(&S) -> *const F,
    bits: &F::Bits,
) -> bool {
    let () = <F as CheckedBitPattern>::PROOF;
    F::is_valid_bit_pattern(bits)
}
