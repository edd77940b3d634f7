//! The plain-old-data traits. Each is `unsafe` to implement: its contract is
//! what the cast functions rely on. Derive them (the derives prove the
//! contract while your crate compiles) rather than implement them by hand.

use core::mem::ManuallyDrop;

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
    /// What the derive proved about this type's layout, evaluated once per
    /// instantiation wherever the trait's guarantee is used (a compile-time
    /// error if the proof fails). Not for hand-written impls: keep the default.
    #[doc(hidden)]
    const PROOF: () = ();

    /// The value whose every byte is zero.
    #[inline]
    #[must_use]
    fn zeroed() -> Self {
        let () = Self::PROOF;
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
pub unsafe trait AnyBitPattern: Zeroable + Copy + 'static {
    /// What the derive proved about this type's layout (see `Zeroable`).
    /// Not for hand-written impls: keep the default.
    #[doc(hidden)]
    const PROOF: () = ();
}

/// The type has no uninitialized bytes: its values can be viewed as bytes.
///
/// # Safety
/// - `Self` has no padding and no other uninitialized bytes, in any value;
/// - `Self` has no interior mutability (`UnsafeCell`);
/// - `Self` holds no pointers whose provenance a byte view would lose
///   (references, raw pointers).
///
/// Types that are also `AnyBitPattern` should be [`Pod`], which implies this.
pub unsafe trait NoUninit: Copy + 'static {
    /// What the derive proved about this type's layout, evaluated once per
    /// instantiation wherever the trait's guarantee is used (a compile-time
    /// error if the proof fails). Not for hand-written impls: keep the default.
    #[doc(hidden)]
    const PROOF: () = ();
}

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
pub unsafe trait Pod: Zeroable + Copy + 'static {
    /// What the derive proved about this type's layout, evaluated once per
    /// instantiation wherever the trait's guarantee is used (a compile-time
    /// error if the proof fails). Not for hand-written impls: keep the default.
    #[doc(hidden)]
    const PROOF: () = ();
}

// SAFETY: `Pod`'s contract is the union of both contracts.
unsafe impl<T: Pod> AnyBitPattern for T {
    const PROOF: () = <T as Pod>::PROOF;
}
// SAFETY: `Pod`'s contract is the union of both contracts.
unsafe impl<T: Pod> NoUninit for T {
    const PROOF: () = <T as Pod>::PROOF;
}

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
    /// What the derive proved about this type's layout, evaluated once per
    /// instantiation wherever the trait's guarantee is used (a compile-time
    /// error if the proof fails). Not for hand-written impls: keep the default.
    #[doc(hidden)]
    const PROOF: () = ();

    /// A type with the layout of `Self` that accepts every bit pattern.
    type Bits: AnyBitPattern;

    /// Whether `bits` is a valid value of `Self`.
    fn is_valid_bit_pattern(bits: &Self::Bits) -> bool;
}

// SAFETY: every bit pattern of an `AnyBitPattern` type is valid, so `Self`
// is its own `Bits` and every pattern passes.
unsafe impl<T: AnyBitPattern> CheckedBitPattern for T {
    const PROOF: () = <T as AnyBitPattern>::PROOF;
    type Bits = T;

    #[inline]
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
///
/// # Example
/// ```
/// use core::num::Wrapping;
/// use vouch::TransparentWrapper;
///
/// let mut counters = [1_u32, 2, u32::MAX];
/// // View the counters as wrapping integers, in place.
/// for c in Wrapping::wrap_slice_mut(&mut counters) {
///     *c += Wrapping(1);
/// }
/// assert_eq!(counters, [2, 3, 0]);
/// assert_eq!(Wrapping::peel_ref(&Wrapping(7_u8)), &7);
/// ```
pub unsafe trait TransparentWrapper<Inner: ?Sized> {
    /// What the derive proved about this type's layout, evaluated once per
    /// instantiation wherever the trait's guarantee is used (a compile-time
    /// error if the proof fails). Not for hand-written impls: keep the default.
    #[doc(hidden)]
    const PROOF: () = ();

    /// Wraps an `Inner` value in `Self`.
    #[inline]
    #[must_use]
    fn wrap(s: Inner) -> Self
    where
        Self: Sized,
        Inner: Sized,
    {
        const { transparent::same_layout::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let s = ManuallyDrop::new(s);
        // SAFETY: the trait's contract makes `Self` a `repr(transparent)`
        // wrapper of `Inner` (checked above to be the same size and
        // alignment), so the bytes of an `Inner` are a valid `Self`; the
        // `ManuallyDrop` hands ownership over to the result.
        unsafe { core::mem::transmute_copy::<ManuallyDrop<Inner>, Self>(&s) }
    }

    /// Views a reference to an `Inner` as a reference to `Self`.
    #[inline]
    #[must_use]
    fn wrap_ref(s: &Inner) -> &Self {
        const { transparent::same_pointer::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr: *const Inner = s;
        // SAFETY: `Self` is a `repr(transparent)` wrapper of `Inner`, so a
        // pointer to one is a pointer to the other, with the same metadata
        // (slice length or vtable) for unsized types; the pointers have the
        // same size (checked above). The result borrows `s`.
        unsafe { &*core::mem::transmute_copy::<*const Inner, *const Self>(&ptr) }
    }

    /// Views a mutable reference to an `Inner` as one to `Self`.
    #[inline]
    #[must_use]
    fn wrap_mut(s: &mut Inner) -> &mut Self {
        const { transparent::same_pointer::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr: *mut Inner = s;
        // SAFETY: as in `wrap_ref`; the result borrows `s` mutably, so it is
        // the only access to the value while it lives.
        unsafe { &mut *core::mem::transmute_copy::<*mut Inner, *mut Self>(&ptr) }
    }

    /// Views a slice of `Inner` as a slice of `Self`.
    #[inline]
    #[must_use]
    fn wrap_slice(s: &[Inner]) -> &[Self]
    where
        Self: Sized,
        Inner: Sized,
    {
        const { transparent::same_layout::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        // SAFETY: `Self` and `Inner` have the same size and alignment
        // (checked above) and the same valid values, so `s.len()` `Inner`s
        // are as many `Self`s in the same bytes; the result borrows `s`.
        unsafe { core::slice::from_raw_parts(s.as_ptr().cast::<Self>(), s.len()) }
    }

    /// Views a mutable slice of `Inner` as a mutable slice of `Self`.
    #[inline]
    #[must_use]
    fn wrap_slice_mut(s: &mut [Inner]) -> &mut [Self]
    where
        Self: Sized,
        Inner: Sized,
    {
        const { transparent::same_layout::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        // SAFETY: as in `wrap_slice`; the result borrows `s` mutably.
        unsafe { core::slice::from_raw_parts_mut(s.as_mut_ptr().cast::<Self>(), s.len()) }
    }

    /// Unwraps the `Inner` value of a `Self`.
    #[inline]
    #[must_use]
    fn peel(s: Self) -> Inner
    where
        Self: Sized,
        Inner: Sized,
    {
        const { transparent::same_layout::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let s = ManuallyDrop::new(s);
        // SAFETY: as in `wrap`, the other way round.
        unsafe { core::mem::transmute_copy::<ManuallyDrop<Self>, Inner>(&s) }
    }

    /// Views a reference to `Self` as a reference to its `Inner`.
    #[inline]
    #[must_use]
    fn peel_ref(s: &Self) -> &Inner {
        const { transparent::same_pointer::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr: *const Self = s;
        // SAFETY: as in `wrap_ref`, the other way round.
        unsafe { &*core::mem::transmute_copy::<*const Self, *const Inner>(&ptr) }
    }

    /// Views a mutable reference to `Self` as one to its `Inner`.
    #[inline]
    #[must_use]
    fn peel_mut(s: &mut Self) -> &mut Inner {
        const { transparent::same_pointer::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        let ptr: *mut Self = s;
        // SAFETY: as in `wrap_mut`, the other way round.
        unsafe { &mut *core::mem::transmute_copy::<*mut Self, *mut Inner>(&ptr) }
    }

    /// Views a slice of `Self` as a slice of `Inner`.
    #[inline]
    #[must_use]
    fn peel_slice(s: &[Self]) -> &[Inner]
    where
        Self: Sized,
        Inner: Sized,
    {
        const { transparent::same_layout::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        // SAFETY: as in `wrap_slice`, the other way round.
        unsafe { core::slice::from_raw_parts(s.as_ptr().cast::<Inner>(), s.len()) }
    }

    /// Views a mutable slice of `Self` as a mutable slice of `Inner`.
    #[inline]
    #[must_use]
    fn peel_slice_mut(s: &mut [Self]) -> &mut [Inner]
    where
        Self: Sized,
        Inner: Sized,
    {
        const { transparent::same_layout::<Inner, Self>() };
        let () = <Self as TransparentWrapper<Inner>>::PROOF;
        // SAFETY: as in `wrap_slice_mut`, the other way round.
        unsafe { core::slice::from_raw_parts_mut(s.as_mut_ptr().cast::<Inner>(), s.len()) }
    }
}

/// Layout checks behind the provided methods of [`TransparentWrapper`] and
/// [`Contiguous`]. They hold for every sound impl; evaluated in `const`
/// blocks, they turn a wrong hand-written impl into a build error instead of
/// undefined behaviour.
mod transparent {
    use core::mem::{align_of, size_of};

    pub(super) const fn same_layout<Inner, Wrapper>() {
        assert!(
            size_of::<Inner>() == size_of::<Wrapper>()
                && align_of::<Inner>() == align_of::<Wrapper>(),
            "`TransparentWrapper` impl: the wrapper and its inner type differ in size or alignment"
        );
    }

    pub(super) const fn same_pointer<Inner: ?Sized, Wrapper: ?Sized>() {
        assert!(
            size_of::<*const Inner>() == size_of::<*const Wrapper>(),
            "`TransparentWrapper` impl: pointers to the wrapper and to its inner type differ in size"
        );
    }

    pub(super) const fn same_size<T, Int>() {
        assert!(
            size_of::<T>() == size_of::<Int>(),
            "`Contiguous` impl: the type and its `Int` differ in size"
        );
    }
}

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
    /// What the derive proved about this type's layout, evaluated once per
    /// instantiation wherever the trait's guarantee is used (a compile-time
    /// error if the proof fails). Not for hand-written impls: keep the default.
    #[doc(hidden)]
    const PROOF: () = ();

    /// The integer type with the same representation.
    type Int: Copy + Ord;

    /// The largest integer that is a value of `Self`.
    const MAX_VALUE: Self::Int;

    /// The smallest integer that is a value of `Self`.
    const MIN_VALUE: Self::Int;

    /// The value of `Self` whose representation is `value`, or `None` when
    /// `value` is outside `MIN_VALUE..=MAX_VALUE`.
    ///
    /// ```
    /// use vouch::Contiguous;
    ///
    /// assert_eq!(bool::from_integer(1), Some(true));
    /// assert_eq!(bool::from_integer(2), None);
    /// ```
    #[inline]
    #[must_use]
    fn from_integer(value: Self::Int) -> Option<Self> {
        const { transparent::same_size::<Self, Self::Int>() };
        let () = Self::PROOF;
        if Self::MIN_VALUE <= value && value <= Self::MAX_VALUE {
            // SAFETY: the trait's contract makes every `Int` in
            // `MIN_VALUE..=MAX_VALUE` the bits of a valid `Self`, and the two
            // types have the same size (checked above).
            Some(unsafe { core::mem::transmute_copy::<Self::Int, Self>(&value) })
        } else {
            None
        }
    }

    /// The integer that represents `self`.
    ///
    /// ```
    /// use vouch::Contiguous;
    ///
    /// assert_eq!(true.into_integer(), 1_u8);
    /// ```
    #[inline]
    #[must_use]
    fn into_integer(self) -> Self::Int {
        const { transparent::same_size::<Self, Self::Int>() };
        let () = Self::PROOF;
        // SAFETY: the trait's contract makes every `Self` the bits of an
        // `Int` of the same size (checked above).
        unsafe { core::mem::transmute_copy::<Self, Self::Int>(&self) }
    }
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
