//! The pod traits for core types. Each `unsafe impl` states why the type
//! meets the contract; what is not here is not sound (or not yet needed).

use super::traits::{
    AnyBitPattern, CheckedBitPattern, Contiguous, NoUninit, Pod, PodInOption, TransparentWrapper,
    Zeroable, ZeroableInOption,
};
use core::cell::{Cell, UnsafeCell};
use core::cmp::Reverse;
use core::marker::{PhantomData, PhantomPinned};
use core::mem::{ManuallyDrop, MaybeUninit};
use core::num::{
    NonZeroI8, NonZeroI16, NonZeroI32, NonZeroI64, NonZeroI128, NonZeroIsize, NonZeroU8,
    NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU128, NonZeroUsize, Saturating, Wrapping,
};
use core::ptr::NonNull;
use core::sync::atomic;

macro_rules! pod {
    ($($ty:ty),* $(,)?) => {$(
        // SAFETY: integers and floats: zero is a value, every bit pattern is
        // a value, there is no padding, no interior mutability, no pointer.
        unsafe impl Zeroable for $ty {}
        // SAFETY: as above.
        unsafe impl Pod for $ty {}
    )*};
}

pod!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64
);

// SAFETY: a zero-sized type has no bytes to be invalid or uninitialized.
unsafe impl Zeroable for () {}
// SAFETY: as above.
unsafe impl Pod for () {}
// SAFETY: zero-sized, whatever `T` is.
unsafe impl<T: ?Sized> Zeroable for PhantomData<T> {}
// SAFETY: zero-sized, whatever `T` is; `'static` as `Pod` demands.
unsafe impl<T: ?Sized + 'static> Pod for PhantomData<T> {}
// SAFETY: zero-sized.
unsafe impl Zeroable for PhantomPinned {}
// SAFETY: zero-sized.
unsafe impl Pod for PhantomPinned {}

// SAFETY: an array's elements sit back to back with no padding (an element's
// size is a multiple of its alignment), so an array of zeroable, pod or
// no-uninit elements is the same.
unsafe impl<T: Zeroable, const N: usize> Zeroable for [T; N] {
    const PROOF: () = T::PROOF;
}
// SAFETY: as above.
unsafe impl<T: Pod, const N: usize> Pod for [T; N] {
    const PROOF: () = <T as Pod>::PROOF;
}

// SAFETY: `Wrapping`, `Saturating`, `Reverse`, `ManuallyDrop` and `Cell` are
// `#[repr(transparent)]` over `T`, so they share its valid bit patterns.
unsafe impl<T: Zeroable> Zeroable for Wrapping<T> {
    const PROOF: () = T::PROOF;
}
// SAFETY: as above.
unsafe impl<T: Pod> Pod for Wrapping<T> {
    const PROOF: () = <T as Pod>::PROOF;
}
// SAFETY: as above.
unsafe impl<T: Zeroable> Zeroable for Saturating<T> {
    const PROOF: () = T::PROOF;
}
// SAFETY: as above.
unsafe impl<T: Pod> Pod for Saturating<T> {
    const PROOF: () = <T as Pod>::PROOF;
}
// SAFETY: as above.
unsafe impl<T: Zeroable> Zeroable for Reverse<T> {
    const PROOF: () = T::PROOF;
}
// SAFETY: as above.
unsafe impl<T: Pod> Pod for Reverse<T> {
    const PROOF: () = <T as Pod>::PROOF;
}
// SAFETY: as above.
unsafe impl<T: Zeroable> Zeroable for ManuallyDrop<T> {
    const PROOF: () = T::PROOF;
}
// SAFETY: as above; `ManuallyDrop<T>` is `Copy` exactly when `T` is.
unsafe impl<T: Pod> Pod for ManuallyDrop<T> {
    const PROOF: () = <T as Pod>::PROOF;
}
// SAFETY: as above. Only `Zeroable`: interior mutability rules out the rest.
unsafe impl<T: Zeroable> Zeroable for Cell<T> {
    const PROOF: () = T::PROOF;
}
// SAFETY: as above.
unsafe impl<T: Zeroable> Zeroable for UnsafeCell<T> {
    const PROOF: () = T::PROOF;
}

// SAFETY: every bit pattern, initialized or not, is a `MaybeUninit<T>`.
unsafe impl<T> Zeroable for MaybeUninit<T> {}
// SAFETY: as above; `Copy` rules out `UnsafeCell` inside. Not `NoUninit`:
// its bytes may be uninitialized.
unsafe impl<T: Copy + 'static> AnyBitPattern for MaybeUninit<T> {}
// SAFETY: an array of `MaybeUninit` has no padding and accepts every bit
// pattern, element by element (the `[T; N]` impls cover `Pod` elements
// only).
unsafe impl<T: Copy + 'static, const N: usize> AnyBitPattern for [MaybeUninit<T>; N] {}

// SAFETY: `false` is the zero byte; a `bool` is one initialized byte.
unsafe impl Zeroable for bool {}
// SAFETY: as above.
unsafe impl NoUninit for bool {}
// SAFETY: `bool` has the layout of `u8`; 0 and 1 are its only values.
unsafe impl CheckedBitPattern for bool {
    type Bits = u8;

    #[inline]
    fn is_valid_bit_pattern(bits: &u8) -> bool {
        *bits <= 1
    }
}

// SAFETY: `'\0'` is the zero pattern; a `char` is four initialized bytes.
unsafe impl Zeroable for char {}
// SAFETY: as above.
unsafe impl NoUninit for char {}
// SAFETY: `char` has the layout of `u32`; its values are the scalar values,
// which `char::from_u32` accepts and nothing else.
unsafe impl CheckedBitPattern for char {
    type Bits = u32;

    #[inline]
    fn is_valid_bit_pattern(bits: &u32) -> bool {
        char::from_u32(*bits).is_some()
    }
}

macro_rules! nonzero {
    ($($nz:ty => $int:ty),* $(,)?) => {$(
        // SAFETY: a `NonZero` integer is its integer's initialized bytes.
        unsafe impl NoUninit for $nz {}
        // SAFETY: `NonZero<T>` has the layout of `T`; every value but zero
        // is valid.
        unsafe impl CheckedBitPattern for $nz {
            type Bits = $int;

            #[inline]
            fn is_valid_bit_pattern(bits: &$int) -> bool {
                *bits != 0
            }
        }
        // SAFETY: `Option<NonZero<T>>` has the layout of `T`, `None` being 0.
        unsafe impl ZeroableInOption for $nz {}
        // SAFETY: as above, and every non-zero pattern is a `Some`, so every
        // pattern of `Option<NonZero<T>>` is valid and initialized.
        unsafe impl PodInOption for $nz {}
    )*};
}

nonzero!(
    NonZeroU8 => u8, NonZeroU16 => u16, NonZeroU32 => u32, NonZeroU64 => u64,
    NonZeroU128 => u128, NonZeroUsize => usize,
    NonZeroI8 => i8, NonZeroI16 => i16, NonZeroI32 => i32, NonZeroI64 => i64,
    NonZeroI128 => i128, NonZeroIsize => isize,
);

// SAFETY: `ZeroableInOption` promises that zero bytes are `None`.
unsafe impl<T: ZeroableInOption> Zeroable for Option<T> {}
// SAFETY: `PodInOption` promises `Option<T>` meets `Pod`'s contract.
unsafe impl<T: PodInOption> Pod for Option<T> {}

// SAFETY: the null-pointer optimization: `None` of a reference, `NonNull`
// or `Box` is the null pointer, all zero bytes. The standard library
// guarantees that zero bytes are `None` only for `Sized` pointees (the
// metadata of a wide pointer is not covered), hence no `?Sized` here.
unsafe impl<T> ZeroableInOption for &T {}
// SAFETY: as above.
unsafe impl<T> ZeroableInOption for &mut T {}
// SAFETY: as above.
unsafe impl<T> ZeroableInOption for NonNull<T> {}
#[cfg(feature = "alloc")]
// SAFETY: as above.
unsafe impl<T> ZeroableInOption for alloc::boxed::Box<T> {}

macro_rules! fn_pointers {
    ($(($($arg:ident),*)),* $(,)?) => {$(
        // SAFETY: a function pointer is never null, and the standard library
        // guarantees that `Option` of one is `None` when all bytes are zero.
        unsafe impl<$($arg,)* R> ZeroableInOption for fn($($arg),*) -> R {}
        // SAFETY: as above.
        unsafe impl<$($arg,)* R> ZeroableInOption for unsafe fn($($arg),*) -> R {}
        // SAFETY: as above.
        unsafe impl<$($arg,)* R> ZeroableInOption for extern "C" fn($($arg),*) -> R {}
        // SAFETY: as above.
        unsafe impl<$($arg,)* R> ZeroableInOption for unsafe extern "C" fn($($arg),*) -> R {}
    )*};
}

fn_pointers!(
    (),
    (A),
    (A, B),
    (A, B, C),
    (A, B, C, D),
    (A, B, C, D, E),
    (A, B, C, D, E, F)
);

// SAFETY: the null pointer is all zero bytes. Only `Zeroable`: a pointer's
// bytes carry provenance that a byte view would lose.
unsafe impl<T> Zeroable for *const T {}
// SAFETY: as above.
unsafe impl<T> Zeroable for *mut T {}

macro_rules! atomics {
    ($($width:literal => $($atomic:ident),+;)*) => {$($(
        #[cfg(target_has_atomic = $width)]
        // SAFETY: an atomic has the layout of its integer; zero is a value.
        unsafe impl Zeroable for atomic::$atomic {}
    )+)*};
}

atomics! {
    "8" => AtomicBool, AtomicU8, AtomicI8;
    "16" => AtomicU16, AtomicI16;
    "32" => AtomicU32, AtomicI32;
    "64" => AtomicU64, AtomicI64;
    "ptr" => AtomicUsize, AtomicIsize;
}
#[cfg(target_has_atomic = "ptr")]
// SAFETY: a null atomic pointer is all zero bytes.
unsafe impl<T> Zeroable for atomic::AtomicPtr<T> {}

macro_rules! tuples {
    ($(($($name:ident),+)),* $(,)?) => {$(
        // SAFETY: a tuple of zeroable fields is valid when every field is
        // zero; padding bytes hold no value.
        unsafe impl<$($name: Zeroable),+> Zeroable for ($($name,)+) {
            const PROOF: () = { $(let () = $name::PROOF;)+ };
        }
    )*};
}

tuples!(
    (A),
    (A, B),
    (A, B, C),
    (A, B, C, D),
    (A, B, C, D, E),
    (A, B, C, D, E, F)
);

// SAFETY: `Wrapping`, `Saturating` and `Reverse` are `#[repr(transparent)]`
// structs whose one field is a `T`, with no invariant beyond `T`'s.
unsafe impl<T> TransparentWrapper<T> for Wrapping<T> {}
// SAFETY: as above.
unsafe impl<T> TransparentWrapper<T> for Saturating<T> {}
// SAFETY: as above.
unsafe impl<T> TransparentWrapper<T> for Reverse<T> {}
// SAFETY: `ManuallyDrop<T>` is `#[repr(transparent)]` over `T` (sized or
// not); it only turns off the drop glue, which `peel` hands back.
unsafe impl<T: ?Sized> TransparentWrapper<T> for ManuallyDrop<T> {}
// Not `Cell<T>` or `UnsafeCell<T>`: `wrap_ref` would let a shared `&T` be
// mutated. Not `MaybeUninit<T>`: `peel` would read uninitialized bytes.

macro_rules! contiguous_int {
    ($($int:ty),* $(,)?) => {$(
        // SAFETY: an integer is its own representation, and every value
        // from its `MIN` to its `MAX` is one.
        unsafe impl Contiguous for $int {
            type Int = $int;
            const MAX_VALUE: $int = <$int>::MAX;
            const MIN_VALUE: $int = <$int>::MIN;
        }
    )*};
}

contiguous_int!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);

// SAFETY: `bool` has the layout of `u8`, `false` being 0 and `true` 1.
unsafe impl Contiguous for bool {
    type Int = u8;
    const MAX_VALUE: u8 = 1;
    const MIN_VALUE: u8 = 0;
}

macro_rules! contiguous_nonzero {
    ($($nz:ty => $int:ty),* $(,)?) => {$(
        // SAFETY: `NonZero<T>` has the layout of `T` and its values are
        // `1..=T::MAX`. Only the unsigned ones: the values of a signed
        // `NonZero` skip zero in the middle of their range.
        unsafe impl Contiguous for $nz {
            type Int = $int;
            const MAX_VALUE: $int = <$int>::MAX;
            const MIN_VALUE: $int = 1;
        }
    )*};
}

contiguous_nonzero!(
    NonZeroU8 => u8, NonZeroU16 => u16, NonZeroU32 => u32, NonZeroU64 => u64,
    NonZeroU128 => u128, NonZeroUsize => usize,
);
