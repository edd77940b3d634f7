//! The proofs behind every derived pod impl, and the one macro that emits
//! them together with the `unsafe impl` they justify.
//!
//! # Why a `macro_rules!` of this crate
//! The derives in `vouch-macros` do not write `unsafe impl` themselves. They
//! read the item and call [`pod_proof!`](crate::pod_proof), which emits the
//! impl *and* its proof, naming every helper through `$crate`. Safe code
//! cannot make that pair lie:
//! - `$crate` always means this crate. A redirected path (`#[vouch(crate =
//!   ..)]`, `extern crate self as vouch`, a `mod` with shadowed helpers)
//!   can only lead the derive to *another* macro, which then has to write
//!   `unsafe impl` in the attacker's own source.
//! - The macro is sound for any tokens it is given, so calling it directly,
//!   under another name, or with edited arguments gives nothing either: every
//!   fact the impl relies on is checked against the real type (`Self`, field
//!   places `(*this).field`), never taken from the arguments.
//! - The proof is an associated constant, `PROOF`, of the impl. It is
//!   evaluated for every instantiation that is used: at once (in `cargo
//!   check`) for a type without parameters, and at monomorphization for a
//!   generic one, because every function of this crate that relies on the
//!   trait reads `T::PROOF` (and so does each derived `PROOF` for its
//!   fields). A generic type whose layout an attribute macro changed after
//!   the derive is therefore caught for exactly the arguments where the
//!   change matters.

use super::traits::{AnyBitPattern, CheckedBitPattern, NoUninit, Pod, Zeroable};
use core::mem::size_of;

/// The sealed integer types an enum's representation is read as.
pub trait EnumInt: Copy + AnyBitPattern + NoUninit + sealed::Sealed {}

mod sealed {
    pub trait Sealed {}
}

macro_rules! enum_ints {
    ($($int:ty),*) => {$(
        impl sealed::Sealed for $int {}
        impl EnumInt for $int {}
    )*};
}
enum_ints!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);

/// The field type of a `Zeroable` struct (its proof included), and its size.
/// `F` is named by the caller, so an unmet bound is reported on the field's
/// type; the projection, never called, proves `F` is that field's real type.
#[must_use]
pub const fn zeroable_field<F: super::private::FieldZeroable, S: ?Sized>(
    _: fn(&S) -> *const F,
) -> usize {
    let () = <F as Zeroable>::PROOF;
    size_of::<F>()
}

/// As [`zeroable_field`], for `Pod`.
#[must_use]
pub const fn pod_field<F: super::private::FieldPod, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    let () = <F as Pod>::PROOF;
    size_of::<F>()
}

/// As [`zeroable_field`], for `AnyBitPattern` (its `Zeroable` proof).
#[must_use]
pub const fn any_bit_pattern_field<F: super::private::FieldAnyBitPattern, S: ?Sized>(
    _: fn(&S) -> *const F,
) -> usize {
    let () = <F as Zeroable>::PROOF;
    size_of::<F>()
}

/// As [`zeroable_field`], for `NoUninit`.
#[must_use]
pub const fn no_uninit_field<F: super::private::FieldNoUninit, S: ?Sized>(
    _: fn(&S) -> *const F,
) -> usize {
    let () = <F as NoUninit>::PROOF;
    size_of::<F>()
}

/// As [`zeroable_field`], for `CheckedBitPattern`.
#[must_use]
pub const fn checked_field<F: CheckedBitPattern, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    let () = <F as CheckedBitPattern>::PROOF;
    size_of::<F>()
}

/// Holds when the projection reaches a field of type `F` exactly.
#[must_use]
pub const fn field_of_type<F: ?Sized, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    0
}

/// Holds when the projection reaches a zero-sized field of alignment 1.
#[must_use]
pub const fn one_zst_field<F: super::private::OneZst, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    0
}

/// A value of any type, for a struct expression that is type-checked and
/// never run.
#[allow(clippy::empty_loop)]
#[must_use]
pub const fn never<T>() -> T {
    loop {}
}

/// Panics (at compile time) when `size`, the size of `S`, is not the sum of
/// its fields' sizes: the bytes in between are padding.
///
/// # Panics
/// When there is padding; it is called in constants, so that is a compile
/// error.
pub const fn assert_no_padding(name: &str, derive: &str, size: usize, fields: usize) {
    if size != fields {
        let message = super::private::Message::new()
            .push("`derive(")
            .push(derive)
            .push(")`: `")
            .push(name)
            .push("` has ")
            .push_count(size.saturating_sub(fields))
            .push(" bytes of padding (its size is ")
            .push_count(size)
            .push(", its fields' sizes add up to ")
            .push_count(fields)
            .push("); add explicit padding fields such as `_pad: [u8; N]`, or use ")
            .push("`#[repr(C, packed)]`");
        panic!("{}", message.as_str());
    }
}

/// Panics (at compile time) unless `S` and `I` have the same size.
///
/// # Panics
/// When the sizes differ (a compile error, in a constant).
pub const fn assert_int_size<S, I: EnumInt>(name: &str) {
    if size_of::<S>() != size_of::<I>() {
        let message = super::private::Message::new()
            .push("`")
            .push(name)
            .push("` is not the size of the integer of its `repr` (")
            .push_count(size_of::<S>())
            .push(" bytes, not ")
            .push_count(size_of::<I>())
            .push("); keep its `#[repr(..)]` integer and add no `align`");
        panic!("{}", message.as_str());
    }
}

/// The bytes of `value` read as an `I`.
///
/// # Safety
/// Call it only where it is evaluated at compile time (the initializer of a
/// constant): there, reading an uninitialized byte or a pointer's byte is a
/// compile error instead of undefined behaviour. `S` and `I` must have the
/// same size ([`assert_int_size`]).
///
/// # Panics
/// When the sizes differ.
#[must_use]
pub const unsafe fn bits_of<S, I: EnumInt>(value: &S) -> I {
    assert!(size_of::<S>() == size_of::<I>());
    // SAFETY: same size (asserted); the caller evaluates this at compile
    // time, where an invalid read is rejected rather than performed.
    unsafe { core::ptr::read_unaligned(core::ptr::from_ref(value).cast::<I>()) }
}

/// A value of `S` whose bytes are all zero, for a compile-time look at
/// which variant such bytes decode to.
///
/// # Safety
/// As [`bits_of`]: only in the initializer of a constant.
#[must_use]
pub const unsafe fn zeroed_view<S>() -> core::mem::MaybeUninit<S> {
    core::mem::MaybeUninit::zeroed()
}

/// Emits a pod `unsafe impl` with its proof; see the module docs. Not API:
/// the derives call it.
#[doc(hidden)]
#[macro_export]
macro_rules! pod_proof {
    // ---- structs -------------------------------------------------------
    (struct Zeroable $($rest:tt)*) => {
        $crate::pod_proof!(@struct Zeroable zeroable_field [] $($rest)*);
    };
    (struct AnyBitPattern $($rest:tt)*) => {
        $crate::pod_proof!(@struct AnyBitPattern any_bit_pattern_field [] $($rest)*);
    };
    (struct Pod $($rest:tt)*) => {
        $crate::pod_proof!(@struct Pod pod_field [padding] $($rest)*);
    };
    (struct NoUninit $($rest:tt)*) => {
        $crate::pod_proof!(@struct NoUninit no_uninit_field [padding] $($rest)*);
    };
    (@struct $trait:ident $field:ident [$($padding:ident)?]
        [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]
        $name:ident { $($member:tt : $fty:ty),* $(,)? }
    ) => {
        // SAFETY: the constant below is the proof, evaluated for every
        // instantiation that is used (see the module docs of `proof.rs`):
        // - `_shape` proves `Self` is a struct whose fields are exactly these:
        //   the struct expression has type `Self` (so `Self` is no reference
        //   or alias of another type), names every field (so there is no
        //   other), and is no enum; the `..` pattern rules out a union;
        // - each `$field::<F>` proves the field's real type (reached through
        //   its place in `Self`) is `F` and has the trait, its own proof
        //   included, so every byte of every field is as the trait needs;
        // - with `padding`, the field sizes add up to the size of `Self`:
        //   struct fields never overlap, so no byte is padding;
        // - the supertraits (`Copy`, `'static`) are checked by rustc on the
        //   impl itself.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::$trait for $($ty)* where $($where)* {
            const PROOF: () = {
                let _shape = |this: &Self| -> Self {
                    let $name { $($member: _,)* .. } = this;
                    $name { $($member: $crate::__private::pod::never()),* }
                };
                let fields: $crate::__private::core::primitive::usize = 0 $(+ $crate::__private::pod::$field::<$fty, Self>(
                    |this: &Self| &raw const (*this).$member
                ))*;
                $crate::pod_proof!(@padding [$($padding)?] $trait $name fields);
            };
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] $trait);
    };
    (@padding [] $trait:ident $name:ident $fields:ident) => {
        let _ = $fields;
    };
    (@padding [padding] $trait:ident $name:ident $fields:ident) => {
        $crate::__private::pod::assert_no_padding(
            $crate::__private::core::stringify!($name),
            $crate::__private::core::stringify!($trait),
            $crate::__private::core::mem::size_of::<Self>(),
            $fields,
        );
    };
    // A type without parameters is proved now, in `cargo check`.
    (@now [] [$($ty:tt)*] $($trait:tt)*) => {
        const _: () = <$($ty)* as $crate::__private::pod::$($trait)*>::PROOF;
    };
    (@now [$($impl:tt)+] [$($ty:tt)*] $($trait:tt)*) => {};

    // ---- unions: `Zeroable` and `AnyBitPattern` only ---------------------
    (union Zeroable $($rest:tt)*) => {
        $crate::pod_proof!(@union Zeroable zeroable_field $($rest)*);
    };
    (union AnyBitPattern $($rest:tt)*) => {
        $crate::pod_proof!(@union AnyBitPattern any_bit_pattern_field $($rest)*);
    };
    (@union $trait:ident $field:ident [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]
        $name:ident { $($member:ident : $fty:ty),+ $(,)? }
    ) => {
        // SAFETY: each one-field expression has type `Self`, so `Self` is a
        // union with these fields (or a struct whose one field this is);
        // each field's real type has the trait (`$field`). A union's value
        // is valid whatever its bytes, and reading any field, listed or
        // not, takes `unsafe`; so all-zero (and, for `AnyBitPattern`, any)
        // bytes are a value, and each listed field read from them is too.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::$trait for $($ty)* where $($where)* {
            const PROOF: () = {
                $(let _shape = || -> Self { $name { $member: $crate::__private::pod::never() } };)+
                $(let _ = $crate::__private::pod::$field::<$fty, Self>(
                    |this: &Self| &raw const (*this).$member
                );)+
            };
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] $trait);
    };

    // ---- CheckedBitPattern for structs ----------------------------------
    (checked_struct [$($impl:tt)*] [$($ty:tt)*] [$($args:tt)*] [$($where:tt)*]
        #[repr($($repr:tt)*)] $name:ident $bits:ident { $($member:ident : $fty:ty),* $(,)? }
    ) => {
        const _: () = {
            #[derive($crate::__private::core::clone::Clone, $crate::__private::core::marker::Copy)]
            #[repr($($repr)*)]
            #[allow(dead_code, non_camel_case_types)]
            pub struct $bits<$($impl)*> where $($where)* {
                $($member: <$fty as $crate::__private::pod::CheckedBitPattern>::Bits),*
            }
            // SAFETY: `Bits` is `AnyBitPattern` because each of its fields
            // is (a `CheckedBitPattern::Bits`) and `Zeroable` likewise; it
            // may have padding, which `AnyBitPattern` allows.
            unsafe impl<$($impl)*> $crate::__private::pod::Zeroable for $bits $($args)* where $($where)* Self: 'static {}
            // SAFETY: as above.
            unsafe impl<$($impl)*> $crate::__private::pod::AnyBitPattern for $bits $($args)* where $($where)* Self: 'static {}
            $crate::pod_proof!(@checked_impl [$($impl)*] [$($ty)*] [$bits $($args)*] [$($where)*]
                $name { $($member : $fty),* });
        };
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] CheckedBitPattern);
    };
    (checked_struct [$($impl:tt)*] [$($ty:tt)*] [$($args:tt)*] [$($where:tt)*]
        #[repr($($repr:tt)*)] $name:ident $bits:ident ( $($member:tt : $fty:ty),* $(,)? )
    ) => {
        const _: () = {
            #[derive($crate::__private::core::clone::Clone, $crate::__private::core::marker::Copy)]
            #[repr($($repr)*)]
            #[allow(dead_code, non_camel_case_types)]
            pub struct $bits<$($impl)*> (
                $(<$fty as $crate::__private::pod::CheckedBitPattern>::Bits),*
            ) where $($where)*;
            // SAFETY: as for the named form.
            unsafe impl<$($impl)*> $crate::__private::pod::Zeroable for $bits $($args)* where $($where)* Self: 'static {}
            // SAFETY: as for the named form.
            unsafe impl<$($impl)*> $crate::__private::pod::AnyBitPattern for $bits $($args)* where $($where)* Self: 'static {}
            $crate::pod_proof!(@checked_impl [$($impl)*] [$($ty)*] [$bits $($args)*] [$($where)*]
                $name { $($member : $fty),* });
        };
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] CheckedBitPattern);
    };
    (@checked_impl [$($impl:tt)*] [$($ty:tt)*] [$($bits:tt)*] [$($where:tt)*]
        $name:ident { $($member:tt : $fty:ty),* }
    ) => {
        // SAFETY: `PROOF`, evaluated for every instantiation that is used
        // and read by `is_valid_bit_pattern` itself, proves:
        // - `Self` is a struct with exactly these fields (the struct
        //   expression of type `Self` names them all; `..` rules out a union);
        // - each field's real type `F` is `CheckedBitPattern`, and the field
        //   of `Bits` at the same member has type `F::Bits` (the calls to
        //   `is_valid_bit_pattern` below type-check only then);
        // - `Self` and `Bits` have the same size and alignment, and every
        //   field the same offset in both.
        // So the bytes of a `Bits` whose every field validates are, field by
        // field at the same offsets, valid fields of `Self`: a valid `Self`.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::CheckedBitPattern for $($ty)*
        where
            $($where)*
            $($bits)*: $crate::__private::pod::AnyBitPattern,
        {
            type Bits = $($bits)*;
            const PROOF: () = {
                let _shape = |this: &Self| -> Self {
                    let $name { $($member: _,)* .. } = this;
                    $name { $($member: $crate::__private::pod::never()),* }
                };
                $(let _ = $crate::__private::pod::checked_field::<$fty, Self>(
                    |this: &Self| &raw const (*this).$member
                );)*
                let bits = $crate::__private::core::mem::MaybeUninit::<Self::Bits>::uninit();
                let base = bits.as_ptr();
                let value = $crate::__private::core::mem::MaybeUninit::<Self>::uninit();
                let this = value.as_ptr();
                let same = $crate::__private::core::mem::size_of::<Self>()
                    == $crate::__private::core::mem::size_of::<Self::Bits>()
                    && $crate::__private::core::mem::align_of::<Self>()
                        == $crate::__private::core::mem::align_of::<Self::Bits>()
                    $(&& {
                        // SAFETY: both places are fields of the objects the
                        // pointers point to (never read).
                        unsafe {
                            $crate::__private::pod::offset_between(
                                this,
                                &raw const (*this).$member,
                            ) == $crate::__private::pod::offset_between(
                                base,
                                &raw const (*base).$member,
                            )
                        }
                    })*;
                if !same {
                    $crate::__private::core::panic!($crate::__private::core::concat!(
                        "`derive(CheckedBitPattern)`: the layout of `",
                        $crate::__private::core::stringify!($name),
                        "` is not the one its `#[repr(..)]` gave when the derive ran (an attribute \
                         after the derive changed it); put `#[derive(CheckedBitPattern)]` after \
                         every attribute that edits the item"
                    ));
                }
            };
            #[inline]
            fn is_valid_bit_pattern(bits: &Self::Bits) -> $crate::__private::core::primitive::bool {
                let () = <Self as $crate::__private::pod::CheckedBitPattern>::PROOF;
                true $(&& $crate::__private::pod::field_is_valid(
                    |this: &Self| &raw const (*this).$member,
                    &{ bits.$member },
                ))*
            }
        }
    };

    // ---- TransparentWrapper ---------------------------------------------
    (transparent [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$inner:ty]
        $name:ident { $wrapped:tt $(, $member:tt)* }
    ) => {
        // SAFETY: `PROOF`, evaluated for every instantiation that is used
        // (by each method of the trait), proves that `Self` is a struct whose
        // fields are exactly these, that the wrapped field's real type is
        // `Inner`, that every other field is a zero-sized type of alignment
        // 1, and that `Self` has `Inner`'s size and alignment; `Self` is
        // `Sized` (or `size_of` would not compile), so its layout is that
        // of its one non-trivial field: `Inner`.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::TransparentWrapper<$inner> for $($ty)* where $($where)* {
            const PROOF: () = {
                let _shape = |this: &Self| -> Self {
                    let $name { $wrapped: _, $($member: _,)* .. } = this;
                    $name {
                        $wrapped: $crate::__private::pod::never()
                        $(, $member: $crate::__private::pod::never())*
                    }
                };
                let _ = $crate::__private::pod::field_of_type::<$inner, Self>(
                    |this: &Self| &raw const (*this).$wrapped
                );
                $(let _ = $crate::__private::pod::one_zst_field(
                    |this: &Self| &raw const (*this).$member
                );)*
                if $crate::__private::core::mem::size_of::<Self>()
                    != $crate::__private::core::mem::size_of::<$inner>()
                    || $crate::__private::core::mem::align_of::<Self>()
                        != $crate::__private::core::mem::align_of::<$inner>()
                {
                    $crate::__private::core::panic!($crate::__private::core::concat!(
                        "`",
                        $crate::__private::core::stringify!($name),
                        "` does not have the layout of the type it wraps, so it cannot wrap \
                         it; keep `#[repr(transparent)]` on it (an attribute after the derive \
                         may have removed it)"
                    ));
                }
            };
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] TransparentWrapper<$inner>);
    };

    // ---- fieldless enums ------------------------------------------------
    (fieldless NoUninit [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$int:ty]
        $name:ident { $($variant:ident),+ $(,)? }
    ) => {
        // SAFETY: `PROOF` proves that the values of `Self` are exactly these
        // (the match is exhaustive: for an enum, its variants; for any other
        // type, constants covering it), that `Self` has the size of `Int`,
        // and reads each value's bytes as `Int` at compile time, which fails
        // for an uninitialized byte or a pointer's. So every value's every
        // byte is initialized and no pointer; `'static` and `Copy` are the
        // supertraits rustc checks on the impl.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::NoUninit for $($ty)* where $($where)* {
            const PROOF: () = {
                let _exhaustive = |this: &Self| match *this { $(Self::$variant => {})+ };
                $crate::__private::pod::assert_int_size::<Self, $int>(
                    $crate::__private::core::stringify!($name));
                // SAFETY: in a constant, evaluated at compile time.
                $(let _: $int = unsafe { $crate::__private::pod::bits_of(&Self::$variant) };)+
            };
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] NoUninit);
    };
    (fieldless Zeroable [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$int:ty]
        $name:ident { $($variant:ident),+ $(,)? }
    ) => {
        // SAFETY: `PROOF` proves that `Self` has the size of `Int` and that
        // the bytes of one of these values of `Self`, read at compile time,
        // are the integer 0: all-zero bytes are that value.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::Zeroable for $($ty)* where $($where)* {
            const PROOF: () = {
                $crate::__private::pod::assert_int_size::<Self, $int>(
                    $crate::__private::core::stringify!($name));
                // SAFETY: in a constant, evaluated at compile time.
                if !(false $(|| unsafe { $crate::__private::pod::bits_of::<Self, $int>(&Self::$variant) } == 0)+) {
                    $crate::__private::core::panic!($crate::__private::core::concat!(
                        "`derive(Zeroable)`: no variant of `",
                        $crate::__private::core::stringify!($name),
                        "` is represented by zero; give one the discriminant 0"
                    ));
                }
            };
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] Zeroable);
    };
    (fieldless CheckedBitPattern [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$int:ty]
        $name:ident { $($variant:ident),+ $(,)? }
    ) => {
        // SAFETY: `Bits` is `Int` and `PROOF` proves `Self` has its size;
        // `is_valid_bit_pattern` accepts exactly the bytes of the values
        // listed, read at compile time from values of `Self`, so accepted
        // bytes are a value of `Self`. `Int` is a sealed primitive integer,
        // so `==` is the integers' own.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::CheckedBitPattern for $($ty)* where $($where)* {
            type Bits = $int;
            const PROOF: () = $crate::__private::pod::assert_int_size::<Self, $int>(
                $crate::__private::core::stringify!($name));
            #[inline]
            fn is_valid_bit_pattern(bits: &$int) -> $crate::__private::core::primitive::bool {
                let () = <Self as $crate::__private::pod::CheckedBitPattern>::PROOF;
                // SAFETY: in a constant, evaluated at compile time.
                const { [$(unsafe { $crate::__private::pod::bits_of::<Self, $int>(&Self::$variant) }),+] }
                    .contains(bits)
            }
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] CheckedBitPattern);
    };
    (fieldless Contiguous [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$int:ty]
        $name:ident { $($variant:ident),+ $(,)? }
    ) => {
        // SAFETY: `PROOF` proves that the values of `Self` are exactly these
        // (exhaustive match), that `Self` has the size of `Int`, and that
        // their bytes, read at compile time, are distinct integers that
        // fill `MIN_VALUE..=MAX_VALUE` with no gap: every value is in the
        // range and every integer in it is a value.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::Contiguous for $($ty)* where $($where)* {
            type Int = $int;
            const PROOF: () = {
                let _exhaustive = |this: &Self| match *this { $(Self::$variant => {})+ };
                $crate::__private::pod::assert_int_size::<Self, $int>(
                    $crate::__private::core::stringify!($name));
                // SAFETY: in a constant, evaluated at compile time.
                let values = [$(unsafe { $crate::__private::pod::bits_of::<Self, $int>(&Self::$variant) }),+];
                let (min, max) = (Self::MIN_VALUE, Self::MAX_VALUE);
                let mut i = 0;
                while i < values.len() {
                    let mut j = i + 1;
                    while j < values.len() {
                        if values[i] == values[j] {
                            $crate::__private::core::panic!("two variants share a value");
                        }
                        j += 1;
                    }
                    i += 1;
                }
                // Distinct values inside `min..=max`, as many as the range
                // holds: the range is full. Compared without overflow.
                if (max.abs_diff(min) as $crate::__private::core::primitive::u128) != (values.len() as $crate::__private::core::primitive::u128) - 1 {
                    $crate::__private::core::panic!($crate::__private::core::concat!(
                        "`derive(Contiguous)`: the discriminants of `",
                        $crate::__private::core::stringify!($name),
                        "` leave a gap; number the variants without gaps"
                    ));
                }
            };
            const MIN_VALUE: $int = {
                // SAFETY: in a constant, evaluated at compile time.
                let values = [$(unsafe { $crate::__private::pod::bits_of::<Self, $int>(&Self::$variant) }),+];
                let mut min = values[0];
                let mut i = 1;
                while i < values.len() {
                    if values[i] < min { min = values[i]; }
                    i += 1;
                }
                min
            };
            const MAX_VALUE: $int = {
                // SAFETY: in a constant, evaluated at compile time.
                let values = [$(unsafe { $crate::__private::pod::bits_of::<Self, $int>(&Self::$variant) }),+];
                let mut max = values[0];
                let mut i = 1;
                while i < values.len() {
                    if values[i] > max { max = values[i]; }
                    i += 1;
                }
                max
            };
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] Contiguous);
    };

    // ---- Zeroable for an enum with fields -------------------------------
    (zero_variant [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]
        $name:ident $variant:ident $({ $($member:tt : $fty:ty),* $(,)? })?
    ) => {
        // SAFETY: `PROOF`, evaluated for every instantiation that is used,
        // builds `Self::Variant` from zeroed fields (which type-checks only
        // when the listed fields are all of the variant's, each `Zeroable`)
        // and then decodes all-zero bytes of `Self` at compile time: they
        // must be that variant (an invalid tag is a compile error). So the
        // zero bytes are that variant with zero fields, a valid value.
        #[automatically_derived]
        unsafe impl<$($impl)*> $crate::__private::pod::Zeroable for $($ty)* where $($where)* {
            const PROOF: () = {
                let _built = Self::$variant $({ $($member: $crate::__private::pod::const_zeroed::<$fty>()),* })?;
                // SAFETY: in a constant, evaluated at compile time.
                let zero = unsafe { $crate::__private::pod::zeroed_view::<Self>() };
                // SAFETY: as above; decoding an invalid tag stops the build.
                let zero = unsafe { &*zero.as_ptr() };
                if !$crate::__private::core::matches!(*zero, Self::$variant { .. }) {
                    $crate::__private::core::panic!($crate::__private::core::concat!(
                        "`derive(Zeroable)`: all-zero bytes are not the variant `",
                        $crate::__private::core::stringify!($variant),
                        "` of `",
                        $crate::__private::core::stringify!($name),
                        "`; give that variant the discriminant 0 in a `#[repr(u8)]` or \
                         `#[repr(C)]` enum"
                    ));
                }
            };
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] Zeroable);
    };
}
