//! The plain-old-data traits. Each is `unsafe` to implement: its contract is
//! what the cast functions rely on. Derive them (the derives prove the
//! contract while your crate compiles) rather than implement them by hand.

/// The all-zero bit pattern is a valid value of the type.
///
/// # Safety
/// An instance whose every byte is zero must be a valid value of `Self`.
/// That excludes references, `NonNull`, `NonZero*`, function pointers, and any
/// enum without a variant whose discriminant is zero and whose fields are
/// zeroable.
///
/// Derive it: `#[derive(vouch::Zeroable)]` checks that every field is
/// `Zeroable` (and, for enums, that the zero discriminant exists).
pub unsafe trait Zeroable: Sized {
    /// The value whose every byte is zero.
    #[inline]
    #[must_use]
    fn zeroed() -> Self {
        // SAFETY: the trait's contract says all-zero bytes are a valid `Self`.
        unsafe { core::mem::zeroed() }
    }
}

/// Any bit pattern is a valid value of the type: it can be read from any
/// initialized bytes of the right size.
///
/// # Safety
/// - Every initialized bit pattern of `size_of::<Self>()` bytes is a valid
///   `Self` (so it is `Zeroable` too);
/// - `Self` has no interior mutability (`UnsafeCell`), since casts hand out
///   shared views of the bytes.
///
/// Types that are also `NoUninit` should be [`Pod`], which implies this.
pub unsafe trait AnyBitPattern: Zeroable + Copy + 'static {}

/// The type has no uninitialized bytes: its values can be viewed as bytes.
///
/// # Safety
/// - `Self` has no padding and no other uninitialized bytes, in any value;
/// - `Self` has no interior mutability (`UnsafeCell`);
/// - `Self` holds no pointers whose provenance a byte view would lose
///   (references, raw pointers).
///
/// Types that are also `AnyBitPattern` should be [`Pod`], which implies this.
pub unsafe trait NoUninit: Copy + 'static {}

/// "Plain old data": any bit pattern is valid, and no byte is ever
/// uninitialized. Such values can be cast to and from bytes freely.
///
/// # Safety
/// `Self` must meet the contracts of both [`AnyBitPattern`] and [`NoUninit`]:
/// every bit pattern valid, no padding, no uninitialized bytes, no interior
/// mutability, no pointers.
///
/// Derive it: `#[derive(vouch::Zeroable, vouch::Pod)]` checks the `repr`,
/// that every field is `Pod`, and that the layout has no padding.
pub unsafe trait Pod: Zeroable + Copy + 'static {}

// SAFETY: `Pod`'s contract is the union of both contracts.
unsafe impl<T: Pod> AnyBitPattern for T {}
// SAFETY: `Pod`'s contract is the union of both contracts.
unsafe impl<T: Pod> NoUninit for T {}

/// Some bit patterns are valid values of the type, and they can be told
/// apart by inspecting the bits: such values can be read from bytes after a
/// check (see [`checked`](crate::checked)).
///
/// # Safety
/// - `Self::Bits` has the same size, alignment and field layout as `Self`;
/// - whenever `is_valid_bit_pattern(bits)` returns `true`, the bytes of
///   `bits` are a valid `Self`;
/// - `Self` has no interior mutability.
pub unsafe trait CheckedBitPattern: Copy {
    /// A type with the layout of `Self` that accepts every bit pattern.
    type Bits: AnyBitPattern;

    /// Whether `bits` is a valid value of `Self`.
    fn is_valid_bit_pattern(bits: &Self::Bits) -> bool;
}

// SAFETY: every bit pattern of an `AnyBitPattern` type is valid, so `Self`
// is its own `Bits` and every pattern passes.
unsafe impl<T: AnyBitPattern> CheckedBitPattern for T {
    type Bits = T;

    #[inline(always)]
    fn is_valid_bit_pattern(_bits: &T) -> bool {
        true
    }
}

/// `Self` is a `#[repr(transparent)]` wrapper around `Inner`: a value, a
/// reference or a slice of one can be turned into the other at no cost.
///
/// # Safety
/// - `Self` is `#[repr(transparent)]` and its one non-zero-sized field has
///   type `Inner` (every other field is a zero-sized type with alignment 1);
/// - if any method is overridden, it behaves like the provided one.
///
/// Derive it: `#[derive(vouch::TransparentWrapper)]`, with
/// `#[transparent(Inner)]` when the struct has zero-sized fields besides.
pub unsafe trait TransparentWrapper<Inner: ?Sized> {}

/// A fieldless enum (or other type) whose values are exactly the integers
/// `MIN_VALUE..=MAX_VALUE` of `Int`, one value for each.
///
/// # Safety
/// - `Self` has the size and alignment of `Int`, and every value of `Self` is
///   represented by the bits of one `Int` in `MIN_VALUE..=MAX_VALUE`;
/// - every `Int` in that range is the bits of a valid `Self`;
/// - if `from_integer` or `into_integer` is overridden, it behaves like the
///   provided one.
pub unsafe trait Contiguous: Copy + 'static {
    /// The integer type with the same representation.
    type Int: Copy + Ord;

    /// The largest integer that is a value of `Self`.
    const MAX_VALUE: Self::Int;

    /// The smallest integer that is a value of `Self`.
    const MIN_VALUE: Self::Int;
}

/// `Option<Self>` is `Zeroable`, `None` being all zeroes (non-null pointers
/// and `NonZero*` integers).
///
/// # Safety
/// `Option<Self>` has the size of `Self` and all-zero bytes are its `None`.
pub unsafe trait ZeroableInOption: Sized {}

/// `Option<Self>` is `Pod` (the `NonZero*` integers).
///
/// # Safety
/// `Option<Self>` meets [`Pod`]'s contract: the zero pattern is `None`, every
/// other pattern is `Some`, and neither has padding.
pub unsafe trait PodInOption: ZeroableInOption + Copy + 'static {}
