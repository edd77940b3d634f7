//! The proof obligations of the pod derives: what a derive checks about
//! your type while your crate compiles.
//!
//! You do not use this module. It is public so that a derive's error can
//! name what failed: when a field of a `#[derive(Pod)]` struct is a `bool`,
//! rustc reports that `bool` is not `Pod` and notes that this was required
//! for `bool` to implement [`FieldIsPod`], by a bound of [`pod_field`], the
//! obligation of a field of a `Pod` struct. Each item says which derive
//! relies on it and what it holds for.
//!
//! # Why these proofs cannot be forged
//! The derives in `vouch-macros` do not write `unsafe impl` themselves. They
//! read the item and call vouch's `pod_proof!` macro, which emits the impl
//! *and* its proof, naming every check through `$crate`. Safe code cannot
//! make that pair lie:
//! - `$crate` always means this crate. A redirected path (`#[vouch(crate =
//!   ..)]`, `extern crate self as vouch`, a `mod` with shadowed helpers)
//!   can only lead the derive to *another* macro, which then has to write
//!   `unsafe impl` in the attacker's own source.
//! - The macro is sound for any tokens it is given, so calling it directly,
//!   under another name, or with edited arguments gives nothing either: every
//!   fact the impl relies on is checked against the real type (`Self`, field
//!   places `(*this).field`), never taken from the arguments.
//! - The traits here cannot be implemented outside this crate: each
//!   `FieldIs*` trait has the trait it names as a supertrait and is
//!   implemented for every type of that trait (any other impl would need the
//!   trait, and then overlap), and [`KnownZeroSized`] is sealed.
//! - The proof is an associated constant, `PROOF`, of the impl. It is
//!   evaluated for every instantiation that is used: at once (in `cargo
//!   check`) for a type without parameters, and at monomorphization for a
//!   generic one, because every function of this crate that relies on the
//!   trait reads `T::PROOF` (and so does each derived `PROOF` for its
//!   fields). A generic type whose layout an attribute macro changed after
//!   the derive is therefore caught for exactly the arguments where the
//!   change matters.

use super::traits::{AnyBitPattern, CheckedBitPattern, NoUninit, Pod, Zeroable};
use core::marker::{PhantomData, PhantomPinned};
use core::mem::{align_of, size_of};

/// The sealed integer types an enum's representation is read as.
#[doc(hidden)]
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

// The `FieldIs*` traits exist to word the error a user sees when a field's
// type lacks the trait (rustc reports the bound of the obligation, with its
// message). Each holds exactly when the trait it names does: it is
// implemented for every such type, and an impl for any other type would
// need the supertrait, and then overlap.

/// A field type of a `#[derive(Zeroable)]` type: holds exactly for the
/// [`Zeroable`] types.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Zeroable`, so all-zero bytes are not a value of this field",
    label = "not `Zeroable`",
    note = "references, `NonNull`, `NonZero*` and function pointers have no zero value; wrap \
            them in `Option`, or implement `Default` instead of deriving `Zeroable`"
)]
pub trait FieldIsZeroable: Zeroable {}
impl<T: Zeroable> FieldIsZeroable for T {}

/// A field type of a `#[derive(Pod)]` struct: holds exactly for the
/// [`Pod`] types.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Pod`, so it cannot be a field of a `derive(Pod)` type",
    label = "not `Pod`",
    note = "fields of a `Pod` type are integers, floats, arrays of them and other `Pod` \
            types; for `bool`, `char` or enum fields derive `NoUninit` and \
            `CheckedBitPattern` instead"
)]
pub trait FieldIsPod: Pod {}
impl<T: Pod> FieldIsPod for T {}

/// A field type of a `#[derive(AnyBitPattern)]` type: holds exactly for the
/// [`AnyBitPattern`] types.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not accept every bit pattern, so it cannot be a field of a \
               `derive(AnyBitPattern)` type",
    label = "not `AnyBitPattern`",
    note = "`bool`, `char`, enums, references and `NonZero*` have invalid bit patterns; \
            derive `CheckedBitPattern` instead"
)]
pub trait FieldIsAnyBitPattern: AnyBitPattern {}
impl<T: AnyBitPattern> FieldIsAnyBitPattern for T {}

/// A field type of a `#[derive(NoUninit)]` struct: holds exactly for the
/// [`NoUninit`] types.
#[diagnostic::on_unimplemented(
    message = "`{Self}` may hold uninitialized bytes or pointers, so it cannot be a field of \
               a `derive(NoUninit)` type",
    label = "not `NoUninit`",
    note = "fields of a `NoUninit` type are integers, floats, `bool`, `char`, fieldless \
            enums and arrays of them, and other `NoUninit` types; no references or raw \
            pointers"
)]
pub trait FieldIsNoUninit: NoUninit {}
impl<T: NoUninit> FieldIsNoUninit for T {}

/// A field type of a `#[derive(CheckedBitPattern)]` struct: holds exactly
/// for the [`CheckedBitPattern`] types.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `CheckedBitPattern`, so it cannot be a field of a \
               `derive(CheckedBitPattern)` type",
    label = "not `CheckedBitPattern`",
    note = "fields of a `CheckedBitPattern` type are integers, floats, `bool`, `char`, \
            fieldless enums that derive it, and other `CheckedBitPattern` types; a type \
            parameter used as a field's type needs the bound `vouch::CheckedBitPattern`"
)]
pub trait FieldIsCheckedBitPattern: CheckedBitPattern {}
impl<T: CheckedBitPattern> FieldIsCheckedBitPattern for T {}

/// A type that `#[derive(TransparentWrapper)]` accepts next to the wrapped
/// field: one it knows to be zero-sized with alignment 1, which are
/// [`PhantomData`], [`PhantomPinned`] and `()`. Sealed: only these three
/// implement it.
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
pub unsafe trait KnownZeroSized: zero_sized::Sealed {}

mod zero_sized {
    /// Implemented for the three types of
    /// [`KnownZeroSized`](super::KnownZeroSized) only.
    pub trait Sealed {}
}

impl<T: ?Sized> zero_sized::Sealed for PhantomData<T> {}
// SAFETY: `PhantomData` is zero-sized with alignment 1.
unsafe impl<T: ?Sized> KnownZeroSized for PhantomData<T> {}
impl zero_sized::Sealed for PhantomPinned {}
// SAFETY: `PhantomPinned` is zero-sized with alignment 1.
unsafe impl KnownZeroSized for PhantomPinned {}
impl zero_sized::Sealed for () {}
// SAFETY: `()` is zero-sized with alignment 1.
unsafe impl KnownZeroSized for () {}

// The field obligations of a struct proof, one function per trait. Each
// takes the field's type `F` by name (so an unmet bound is reported on the
// field's type) and a projection, never called, whose return type proves
// `F` is that field's real type (a raw pointer: no coercion can change
// `F`). It evaluates the field type's own `PROOF` and returns its size.

/// The obligation of a field of a `#[derive(Zeroable)]` type: its type `F`
/// is [`Zeroable`]. Returns the field's size.
#[must_use]
pub const fn zeroable_field<F: FieldIsZeroable, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    let () = <F as Zeroable>::PROOF;
    size_of::<F>()
}

/// The obligation of a field of a `#[derive(Pod)]` struct: its type `F` is
/// [`Pod`]. Returns the field's size.
#[must_use]
pub const fn pod_field<F: FieldIsPod, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    let () = <F as Pod>::PROOF;
    size_of::<F>()
}

/// The obligation of a field of a `#[derive(AnyBitPattern)]` type: its type
/// `F` is [`AnyBitPattern`]. Returns the field's size.
#[must_use]
pub const fn any_bit_pattern_field<F: FieldIsAnyBitPattern, S: ?Sized>(
    _: fn(&S) -> *const F,
) -> usize {
    let () = <F as AnyBitPattern>::PROOF;
    let () = <F as Zeroable>::PROOF;
    size_of::<F>()
}

/// The obligation of a field of a `#[derive(NoUninit)]` struct: its type `F`
/// is [`NoUninit`]. Returns the field's size.
#[must_use]
pub const fn no_uninit_field<F: FieldIsNoUninit, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    let () = <F as NoUninit>::PROOF;
    size_of::<F>()
}

// The obligations of an array field `[E; N]`, on its element type: an array
// has no bytes besides its elements' (its stride is the element's size), so
// it has the trait's guarantee when `E` has it. Needed where the array
// itself lacks the trait (`[Level; 4]` is not `NoUninit`: the impl for
// arrays would overlap the one for every `Pod` type). The projection proves
// the field's real type is `[E; N]`.

/// As [`zeroable_field`], for an array field: its element type `E` is
/// [`Zeroable`]. Returns the array's size.
#[must_use]
pub const fn zeroable_array_field<E: FieldIsZeroable, S: ?Sized, const N: usize>(
    _: fn(&S) -> *const [E; N],
) -> usize {
    let () = <E as Zeroable>::PROOF;
    size_of::<[E; N]>()
}

/// As [`pod_field`], for an array field: its element type `E` is [`Pod`].
/// Returns the array's size.
#[must_use]
pub const fn pod_array_field<E: FieldIsPod, S: ?Sized, const N: usize>(
    _: fn(&S) -> *const [E; N],
) -> usize {
    let () = <E as Pod>::PROOF;
    size_of::<[E; N]>()
}

/// As [`any_bit_pattern_field`], for an array field: its element type `E`
/// is [`AnyBitPattern`]. Returns the array's size.
#[must_use]
pub const fn any_bit_pattern_array_field<E: FieldIsAnyBitPattern, S: ?Sized, const N: usize>(
    _: fn(&S) -> *const [E; N],
) -> usize {
    let () = <E as AnyBitPattern>::PROOF;
    let () = <E as Zeroable>::PROOF;
    size_of::<[E; N]>()
}

/// As [`no_uninit_field`], for an array field: its element type `E` is
/// [`NoUninit`]. Returns the array's size.
#[must_use]
pub const fn no_uninit_array_field<E: FieldIsNoUninit, S: ?Sized, const N: usize>(
    _: fn(&S) -> *const [E; N],
) -> usize {
    let () = <E as NoUninit>::PROOF;
    size_of::<[E; N]>()
}

/// The field checks of a struct proof, named like the trait they check.
/// `pod_proof!` picks the function by the trait it implements
/// (`field::$trait`), so no input can pair an impl with a weaker check.
#[doc(hidden)]
#[allow(non_snake_case)]
pub mod field {
    pub use super::{
        any_bit_pattern_field as AnyBitPattern, no_uninit_field as NoUninit, pod_field as Pod,
        zeroable_field as Zeroable,
    };
}

/// The checks of an array field, named like the trait they check, as
/// [`field`].
#[doc(hidden)]
#[allow(non_snake_case)]
pub mod array_field {
    pub use super::{
        any_bit_pattern_array_field as AnyBitPattern, no_uninit_array_field as NoUninit,
        pod_array_field as Pod, zeroable_array_field as Zeroable,
    };
}

/// The field checks of a union proof: only the traits a union may derive.
#[doc(hidden)]
#[allow(non_snake_case)]
pub mod union_field {
    pub use super::{any_bit_pattern_field as AnyBitPattern, zeroable_field as Zeroable};
}

/// What the padding check of a `#[derive(Pod)]` or `#[derive(NoUninit)]`
/// struct compares: the struct's name and size, and the sum of its fields'
/// sizes. Built in the proof from the real type; it has no `PartialEq`, so
/// it cannot be matched against a constant.
#[derive(Clone, Copy)]
pub struct Sizes {
    name: &'static str,
    size: usize,
    fields: usize,
}

impl Sizes {
    /// The sizes of struct `name`: its own, and its fields' sum.
    #[must_use]
    pub const fn new(name: &'static str, size: usize, fields: usize) -> Self {
        Sizes { name, size, fields }
    }
}

/// The padding check of a struct proof, per trait: `Pod` and `NoUninit`
/// need the field sizes to add up to the struct's, the others do not.
/// `#[track_caller]`, so a failure is reported where the proof calls it.
#[doc(hidden)]
#[allow(non_snake_case)]
pub mod padding {
    use super::Sizes;

    /// No padding check.
    pub const fn Zeroable(_: Sizes) {}

    /// No padding check: `AnyBitPattern` allows padding.
    pub const fn AnyBitPattern(_: Sizes) {}

    /// See [`no_padding`](super::no_padding).
    #[track_caller]
    pub const fn Pod(sizes: Sizes) {
        super::no_padding(sizes.name, "Pod", sizes.size, sizes.fields);
    }

    /// See [`no_padding`](super::no_padding).
    #[track_caller]
    pub const fn NoUninit(sizes: Sizes) {
        super::no_padding(sizes.name, "NoUninit", sizes.size, sizes.fields);
    }
}

/// The `Bits` of a `#[derive(CheckedBitPattern)]` struct: a twin of the
/// struct with the same `repr` and field names, each field of its type's
/// [`CheckedBitPattern::Bits`]. The derive declares the twin in a scope of
/// its own (it adds no name to your module) and names it through this
/// trait; the derived impl proves that the twin has the struct's layout.
pub trait BitsOf {
    /// The twin.
    type Bits;
}

/// The obligation of a field of a `#[derive(CheckedBitPattern)]` struct:
/// its type `F` is [`CheckedBitPattern`]. Returns the field's size.
#[must_use]
pub const fn checked_field<F: FieldIsCheckedBitPattern, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    let () = <F as CheckedBitPattern>::PROOF;
    size_of::<F>()
}

/// Validates one field of a `#[derive(CheckedBitPattern)]` struct. `F` is
/// the field's real type, fixed by the projection closure (never called);
/// `bits` must be that type's `Bits`, so the derive's `Bits` struct cannot
/// disagree with the real one without a type error.
#[inline]
#[must_use]
pub fn field_is_valid<S: ?Sized, F: CheckedBitPattern>(
    _: fn(&S) -> *const F,
    bits: &F::Bits,
) -> bool {
    let () = <F as CheckedBitPattern>::PROOF;
    F::is_valid_bit_pattern(bits)
}

/// The size and alignment of the wrapped field of a
/// `#[derive(TransparentWrapper)]` struct, read through its place: `I` is
/// the field's type up to lifetimes (the projection, never called, returns
/// a raw pointer to the field, and no coercion turns it into a pointer to
/// another sized type). The proof ties the lifetimes in an item signature
/// of its own.
#[must_use]
pub const fn wrapped_field<S, I>(_: fn(&S) -> *const I) -> (usize, usize) {
    (size_of::<I>(), align_of::<I>())
}

/// The obligation of every other field of a `#[derive(TransparentWrapper)]`
/// struct: its type `F` is [`KnownZeroSized`]. `F` is named by the caller
/// (so an unmet bound is reported on the field's type) and must be the
/// field's real type: the projection returns a raw pointer, which no
/// coercion changes.
#[must_use]
pub const fn zero_sized_field<F: KnownZeroSized, S: ?Sized>(_: fn(&S) -> *const F) -> usize {
    0
}

/// The obligation of a field of the zero variant of a `#[derive(Zeroable)]`
/// enum: its type `F` is [`Zeroable`], with its own proof. The projection
/// (never called) reaches the field through a pattern binding as a raw
/// pointer, so `F` is the field's type (no coercion can change it).
pub const fn zero_variant_field<F: FieldIsZeroable, S: ?Sized>(_: fn(&S) -> *const F) {
    let () = <F as Zeroable>::PROOF;
}

/// Fails the proof with `message` (at compile time: it is called in
/// constants), reported where the proof calls it.
///
/// # Panics
/// Always.
#[doc(hidden)]
#[track_caller]
pub const fn fail(message: &str) {
    panic!("{}", message);
}

/// A value of any type, for a struct expression that is type-checked and
/// never run.
#[doc(hidden)]
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
#[doc(hidden)]
#[track_caller]
pub const fn no_padding(name: &str, derive: &str, size: usize, fields: usize) {
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
#[doc(hidden)]
#[track_caller]
pub const fn assert_int_size<S, I: EnumInt>(name: &str) {
    if size_of::<S>() != size_of::<I>() {
        int_mismatch(
            name,
            ["the size", " bytes", "align"],
            size_of::<S>(),
            size_of::<I>(),
        );
    }
}

/// Panics (at compile time) unless `S` and `I` have the same alignment:
/// what `Contiguous` promises besides the size. A derived enum has the
/// alignment of its `repr` integer whenever it has its size; this stops a
/// `repr(packed)` type given constants for variants.
///
/// # Panics
/// When the alignments differ (a compile error, in a constant).
#[doc(hidden)]
#[track_caller]
pub const fn assert_int_align<S, I: EnumInt>(name: &str) {
    if align_of::<S>() != align_of::<I>() {
        int_mismatch(
            name,
            ["the alignment", "", "packed"],
            align_of::<S>(),
            align_of::<I>(),
        );
    }
}

/// The panic of [`assert_int_size`] and [`assert_int_align`]: `name` does
/// not have `what` (with its `unit`) of its integer, and must not have the
/// `repr` option `option`.
#[track_caller]
const fn int_mismatch(name: &str, [what, unit, option]: [&str; 3], found: usize, wanted: usize) {
    let message = super::private::Message::new()
        .push("`")
        .push(name)
        .push("` does not have ")
        .push(what)
        .push(" of the integer of its `repr` (")
        .push_count(found)
        .push(unit)
        .push(", not ")
        .push_count(wanted)
        .push("); keep its `#[repr(..)]` integer and add no `")
        .push(option)
        .push("`");
    panic!("{}", message.as_str());
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
#[doc(hidden)]
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
#[doc(hidden)]
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
    (struct $trait:ident
        [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]
        $name:ident [$check:tt $sizes:tt $lt:tt $proof:tt] { $($member:tt : $fty:ty),* $(,)? }
        $([ $($amember:tt : [$aelem:ty; $alen:expr]),* $(,)? ])?
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        // SAFETY: the constant below is the proof, evaluated for every
        // instantiation that is used (see the module docs of `proof.rs`):
        // - `_shape` proves `Self` is a struct whose fields are exactly these:
        //   the struct expression `Self { .. }` is refused for an enum and
        //   names every field (so there is no other); the `..` pattern is
        //   refused for a union; own fields come before any `Deref`, so the
        //   places below are `Self`'s fields;
        // - `field::$trait::<F>` (chosen by the trait implemented, never by
        //   an argument) proves the field's real type is `F` and has the
        //   trait, its own proof included, so every byte of every field is
        //   as the trait needs; for the fields listed as arrays,
        //   `array_field::$trait::<E>` proves the same of each element of a
        //   field whose real type is `[E; N]`, which is as good: an array's
        //   bytes are its elements';
        // - `padding::$trait` (likewise, called by `@call`) proves, for
        //   `Pod` and `NoUninit`,
        //   that the field sizes add up to the size of `Self`: struct fields
        //   never overlap, so no byte is padding;
        // - the supertraits (`Copy`, `'static`) are checked by rustc on the
        //   impl itself; a trait without `field::$trait` does not compile.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::$trait for $($ty)* where $($where)* {
            const PROOF: () = {
                let _shape = |this: &Self| -> Self {
                    let Self { $($member: _,)* $($($amember: _,)*)? .. } = this;
                    Self {
                        $($member: $crate::__private::pod::never(),)*
                        $($($amember: $crate::__private::pod::never(),)*)?
                    }
                };
                let fields: $crate::__private::core::primitive::usize = 0 $(+ $crate::__private::pod::field::$trait::<$fty, Self>(
                    |this: &Self| &raw const (*this).$member
                ))* $($(+ $crate::__private::pod::array_field::$trait::<$aelem, Self, { $alen }>(
                    |this: &Self| &raw const (*this).$amember
                ))*)?;
                $crate::pod_proof!(@call [$check $sizes] $sizes
                    [$crate::__private::pod::padding::$trait]
                    [$crate::__private::pod::Sizes::new(
                        $crate::__private::core::stringify!($name),
                        $crate::__private::core::mem::size_of::<Self>(),
                        fields,
                    )]);
            };
        }
        $crate::pod_proof!(@now_at [$lt $proof] [$($impl)*] [$($ty)*] $trait);
    };
    // As `@now`, with the path's first and last tokens (`<`, `PROOF`) the
    // derive's, spanned at the struct's name: rustc points there when it
    // notes where the failed proof is used. Each is checked to be that
    // token, so the constant evaluated is `PROOF` whatever the caller
    // passes.
    (@now_at [$lt:tt $proof:tt] [] [$($ty:tt)*] $trait:ident) => {
        $crate::pod_proof!(@is_lt $lt);
        $crate::pod_proof!(@is_proof $proof);
        #[allow(deprecated)]
        const _: () = $lt $($ty)* as $crate::__private::pod::$trait>::$proof;
    };
    (@now_at [$lt:tt $proof:tt] [$($impl:tt)+] [$($ty:tt)*] $trait:ident) => {};
    (@is_ident $check:ident) => {};
    (@is_lt <) => {};
    (@is_proof PROOF) => {};
    // A check that can fail, as the call `$check($arg)` made of the
    // derive's tokens (spanned at the item's name, where rustc then reports
    // a failure): both names are bound right before the call, `$arg` to the
    // value and `$check` to the function, both given here by the arm. A
    // name that is a constant in scope makes the `let` a pattern, which does
    // not compile (refutable, or of a type without `PartialEq`); two equal
    // names do not type-check. The functions are `#[track_caller]`, so the
    // failure is this call's. A block of its own, so that the names of two
    // calls in one proof do not shadow each other.
    (@call [$check:tt $args:tt] ($arg:ident) [$($function:tt)*] [$($value:tt)*]) => {{
        // One identifier: bound and called as the same token. A macro call
        // here would expand twice, the call's name could then resolve to
        // another function than the one bound, and the check not run.
        $crate::pod_proof!(@is_ident $check);
        let $arg = $($value)*;
        let $check = $($function)*;
        $check $args;
    }};
    // A type without parameters is proved now, in `cargo check`.
    // The tokens of an impl's header, checked before they are spliced into
    // one: no `{ .. }` or `;` outside of `(..)` or `[..]`, which could end
    // the impl (`where T: Copy {} impl Other for X where`) and leave it
    // without its proof. Every rule calls it first.
    (@header [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        $crate::pin_projection! { @in_place $($impl)* }
        $crate::pin_projection! { @in_place $($ty)* }
        $crate::pin_projection! { @in_place $($where)* }
        // Written more than once (the header, the early evaluation of
        // `PROOF`, `BitsOf`): no macro call or attribute, which could
        // expand differently at each copy.
        $crate::pin_projection! { @tokens $($impl)* }
        $crate::pin_projection! { @tokens $($ty)* }
        $crate::pin_projection! { @tokens $($where)* }
    };
    // No token names `wrapped_place`, the one item a proof declares (in
    // `transparent`'s `PROOF`): there it would mean the function, in the
    // header the caller's item, and a `match` on it in a constant could
    // give the two copies of a type different lengths.
    (@no_place $($token:tt)*) => {
        $( $crate::pod_proof! { @no_place_token $token } )*
    };
    (@no_place_token wrapped_place) => {
        $crate::__private::core::compile_error! {
            "`wrapped_place` names the function the proof declares; name the item otherwise"
        }
    };
    (@no_place_token r#wrapped_place) => {
        $crate::pod_proof! { @no_place_token wrapped_place }
    };
    (@no_place_token ($($inner:tt)*)) => { $crate::pod_proof! { @no_place $($inner)* } };
    (@no_place_token [$($inner:tt)*]) => { $crate::pod_proof! { @no_place $($inner)* } };
    (@no_place_token {$($inner:tt)*}) => { $crate::pod_proof! { @no_place $($inner)* } };
    (@no_place_token $token:tt) => {};
    (@now [] [$($ty:tt)*] $($trait:tt)*) => {
        #[allow(deprecated)]
        const _: () = <$($ty)* as $crate::__private::pod::$($trait)*>::PROOF;
    };
    (@now [$($impl:tt)+] [$($ty:tt)*] $($trait:tt)*) => {};

    // ---- unions: `Zeroable` and `AnyBitPattern` only ---------------------
    (union $trait:ident [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]
        $name:ident { $($member:ident : $fty:ty),+ $(,)? }
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        // SAFETY: each one-field expression `Self { field: .. }` is refused
        // for an enum, so `Self` is a union with these fields (or a struct
        // whose one field this is); `union_field::$trait` exists only for
        // `Zeroable` and `AnyBitPattern` and proves each field's real type
        // has the trait. A union's value is valid whatever its bytes, and
        // reading any field, listed or not, takes `unsafe`; so all-zero
        // (and, for `AnyBitPattern`, any) bytes are a value, and each listed
        // field read from them is too.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::$trait for $($ty)* where $($where)* {
            const PROOF: () = {
                $(let _shape = || -> Self { Self { $member: $crate::__private::pod::never() } };)+
                $(let _ = $crate::__private::pod::union_field::$trait::<$fty, Self>(
                    |this: &Self| &raw const (*this).$member
                );)+
            };
        }
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] $trait);
    };

    // ---- CheckedBitPattern for structs ----------------------------------
    // `Bits` is a twin generic over its fields' types, one parameter per
    // field (named by the derive), instantiated with each field's
    // `CheckedBitPattern::Bits`: only that one type names the fields' types,
    // so a field that is not `CheckedBitPattern` is one error, not one per
    // item that mentions the twin. The twin lives in a `const _` scope (it
    // is no name of the user's module); the impl that proves it right does
    // not, and reaches it through `BitsOf`, so that a failed proof is
    // reported as `<Item as CheckedBitPattern>::PROOF`, a path the user can
    // read, not one into the anonymous scope. `PROOF` trusts nothing of the
    // twin it reaches: it checks its layout as for any `Bits`.
    (checked_struct [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]
        #[repr($($repr:tt)*)] $name:ident $bits:ident { $($param:ident $member:ident : $fty:ty),* $(,)? }
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        const _: () = {
            $crate::pod_proof!(@bits [$($repr)*] $bits { $($param $member),* });
            $crate::pod_proof!(@bits_of [$($impl)*] [$($ty)*] [$($where)*]
                [$bits<$(<$fty as $crate::__private::pod::CheckedBitPattern>::Bits),*>]);
        };
        $crate::pod_proof!(@checked_impl [$($impl)*] [$($ty)*]
            [<$($ty)* as $crate::__private::pod::BitsOf>::Bits] [$($where)*]
            $name { $($member : $fty),* });
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] CheckedBitPattern);
    };
    (checked_struct [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]
        #[repr($($repr:tt)*)] $name:ident $bits:ident ( $($param:ident $member:tt : $fty:ty),* $(,)? )
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        const _: () = {
            $crate::pod_proof!(@bits [$($repr)*] $bits ( $($param),* ));
            $crate::pod_proof!(@bits_of [$($impl)*] [$($ty)*] [$($where)*]
                [$bits<$(<$fty as $crate::__private::pod::CheckedBitPattern>::Bits),*>]);
        };
        $crate::pod_proof!(@checked_impl [$($impl)*] [$($ty)*]
            [<$($ty)* as $crate::__private::pod::BitsOf>::Bits] [$($where)*]
            $name { $($member : $fty),* });
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] CheckedBitPattern);
    };
    // The twin and its traits. Sound for any tokens: it declares the struct
    // itself, and the type of every field is one of its parameters.
    (@bits [$($repr:tt)*] $bits:ident { $($param:ident $member:ident),* }) => {
        #[repr($($repr)*)]
        #[allow(dead_code, non_camel_case_types)]
        pub struct $bits<$($param),*> { $($member: $param),* }
        $crate::pod_proof!(@bits_traits $bits [$($param),*]);
        // SAFETY: every field is `Zeroable` (the bound on its parameter),
        // so all-zero bytes are a value of each, and padding holds any value.
        #[allow(deprecated)]
        unsafe impl<$($param: $crate::__private::pod::Zeroable),*>
            $crate::__private::pod::Zeroable for $bits<$($param),*> {}
        // SAFETY: every field is `AnyBitPattern` (so `Copy`, `'static` and
        // free of interior mutability): any bytes of it are a value, and
        // padding holds any value.
        #[allow(deprecated)]
        unsafe impl<$($param: $crate::__private::pod::AnyBitPattern),*>
            $crate::__private::pod::AnyBitPattern for $bits<$($param),*> {}
    };
    (@bits [$($repr:tt)*] $bits:ident ( $($param:ident),* )) => {
        #[repr($($repr)*)]
        #[allow(dead_code, non_camel_case_types)]
        pub struct $bits<$($param),*> ( $($param),* );
        $crate::pod_proof!(@bits_traits $bits [$($param),*]);
        // SAFETY: as for the named form.
        #[allow(deprecated)]
        unsafe impl<$($param: $crate::__private::pod::Zeroable),*>
            $crate::__private::pod::Zeroable for $bits<$($param),*> {}
        // SAFETY: as for the named form.
        #[allow(deprecated)]
        unsafe impl<$($param: $crate::__private::pod::AnyBitPattern),*>
            $crate::__private::pod::AnyBitPattern for $bits<$($param),*> {}
    };
    // Names the twin for the impl outside the scope. A safe trait: the
    // impl's `PROOF` checks whatever type it names. Hidden from rustdoc,
    // which shows `Bits` as `<Item as BitsOf>::Bits`, a documented trait,
    // rather than the twin's name.
    (@bits_of [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$($bits:tt)*]) => {
        #[automatically_derived]
        #[doc(hidden)]
        impl<$($impl)*> $crate::__private::pod::BitsOf for $($ty)* where $($where)* {
            type Bits = $($bits)*;
        }
    };
    // `Clone` and `Copy` only: safe traits, for any type.
    (@bits_traits $bits:ident [$($param:ident),*]) => {
        #[automatically_derived]
        impl<$($param: $crate::__private::core::marker::Copy),*>
            $crate::__private::core::clone::Clone for $bits<$($param),*>
        {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }
        #[automatically_derived]
        impl<$($param: $crate::__private::core::marker::Copy),*>
            $crate::__private::core::marker::Copy for $bits<$($param),*> {}
    };
    (@checked_impl [$($impl:tt)*] [$($ty:tt)*] [$($bits:tt)*] [$($where:tt)*]
        $name:ident { $($member:tt : $fty:ty),* }
    ) => {
        // A rule of its own that writes an `unsafe impl`, so it checks the
        // header itself: anyone can call it.
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        $crate::pin_projection! { @in_place $($bits)* }
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
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::CheckedBitPattern for $($ty)*
        where
            $($where)*
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
    (transparent [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$($inner:tt)+]
        $name:ident { $wrapped:tt $(, $member:tt : $mty:ty)* }
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        // The wrapped type is written twice, in the impl's header and in
        // the signature of its proof's `wrapped_place`, so both must name
        // the same type: its tokens may hold no macro call (which could
        // expand differently each time) and no fragment another macro
        // passed on (which could hide one). Every other token means the
        // same in both places: both are item signatures (where `Box<dyn
        // Trait>` is `+ 'static` alike) with the impl's generic parameters
        // and bounds, and a lifetime left out, which the header would make
        // a parameter of its own, is an error in `wrapped_place`'s result
        // (two references in, so rustc elides none).
        $crate::pin_projection! { @tokens $($inner)+ }
        // So are the impl's generics, type and `where` clause (`@header`
        // checks them): the header and `wrapped_place`'s signature must
        // read them alike (a type macro that gave `W<'static>` in one and
        // `W<'a>` in the other would compare the field with a lifetime the
        // impl does not have).
        $crate::pod_proof! { @no_place $($impl)* $($ty)* $($where)* $($inner)+ }
        // SAFETY: `PROOF`, evaluated for every instantiation that is used
        // (by each method of the trait), proves that `Self` is a struct whose
        // fields are exactly these (`Self { .. }` names them all and is
        // refused for an enum; `..` is refused for a union), that the
        // wrapped field's type is exactly `Inner`, lifetimes included, the
        // type this impl is for (`wrapped_place` returns a `*mut` to the
        // field as a `*mut Inner`: `*mut` is invariant, so neither a
        // coercion nor subtyping, `&'static T` for `&'a T` or a
        // higher-ranked `fn` for another, gets another type through), that
        // every other field is a zero-sized type of alignment 1, and that
        // `Self` has `Inner`'s size and alignment; `Self` is `Sized` (or
        // `size_of` would not compile), so its layout is that of its one
        // non-trivial field. Every method also compares `Inner` and `Self`
        // itself.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::TransparentWrapper<$($inner)+> for $($ty)* where $($where)* {
            const PROOF: () = {
                let _shape = |this: &Self| -> Self {
                    let Self { $wrapped: _, $($member: _,)* .. } = this;
                    Self {
                        $wrapped: $crate::__private::pod::never()
                        $(, $member: $crate::__private::pod::never())*
                    }
                };
                #[allow(clippy::needless_lifetimes, clippy::extra_unused_type_parameters)]
                fn wrapped_place<$($impl)*>(
                    this: &mut $($ty)*,
                    _: &(),
                ) -> *mut $($inner)+ where $($where)* {
                    &raw mut (*this).$wrapped
                }
                // `$ty` is `Self`: the argument is `Self`'s.
                let _tie = |this: &mut Self| wrapped_place(this, &());
                let (size, align) = $crate::__private::pod::wrapped_field::<Self, $($inner)+>(
                    |this: &Self| &raw const (*this).$wrapped
                );
                $(let _ = $crate::__private::pod::zero_sized_field::<$mty, Self>(
                    |this: &Self| &raw const (*this).$member
                );)*
                if $crate::__private::core::mem::size_of::<Self>() != size
                    || $crate::__private::core::mem::align_of::<Self>() != align
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
        $crate::pod_proof!(@now [$($impl)*] [$($ty)*] TransparentWrapper<$($inner)+>);
    };

    // ---- fieldless enums ------------------------------------------------
    // Each rule writes the integer type `$int` once and names it after that
    // (`Int`, `Self::Bits`, `Self::Int`): a macro call given for it could
    // expand to another type at each copy, and a check made with one copy
    // would then not hold for the impl's (`u8` in the alignment check of a
    // `Contiguous<Int = u16>`).
    (fieldless NoUninit [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$int:ty]
        $name:ident [$check:tt $arg:tt $lt:tt $proof:tt] { $($variant:ident),+ $(,)? }
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        // SAFETY: `PROOF` proves that the values of `Self` are exactly these
        // (the match is exhaustive: for an enum, its variants; for any other
        // type, constants covering it), that `Self` has the size of `Int`,
        // and reads each value's bytes as `Int` at compile time, which fails
        // for an uninitialized byte or a pointer's. So every value's every
        // byte is initialized and no pointer; `'static` and `Copy` are the
        // supertraits rustc checks on the impl.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::NoUninit for $($ty)* where $($where)* {
            const PROOF: () = {
                // `Int` written once (see the `fieldless` rules' note).
                type Int = $int;
                let _exhaustive = |this: &Self| match *this { $(Self::$variant => {})+ };
                $crate::pod_proof!(@call [$check $arg] $arg
                    [$crate::__private::pod::assert_int_size::<Self, Int>]
                    [$crate::__private::core::stringify!($name)]);
                // SAFETY: in a constant, evaluated at compile time.
                $(let _: Int = unsafe { $crate::__private::pod::bits_of(&Self::$variant) };)+
            };
        }
        $crate::pod_proof!(@now_at [$lt $proof] [$($impl)*] [$($ty)*] NoUninit);
    };
    (fieldless Zeroable [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$int:ty]
        $name:ident [$check:tt $arg:tt $lt:tt $proof:tt] { $($variant:ident),+ $(,)? }
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        // SAFETY: `PROOF` proves that `Self` has the size of `Int` and that
        // the bytes of one of these values of `Self`, read at compile time,
        // are the integer 0: all-zero bytes are that value.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::Zeroable for $($ty)* where $($where)* {
            const PROOF: () = {
                // `Int` written once (see the `fieldless` rules' note).
                type Int = $int;
                $crate::pod_proof!(@call [$check $arg] $arg
                    [$crate::__private::pod::assert_int_size::<Self, Int>]
                    [$crate::__private::core::stringify!($name)]);
                // SAFETY: in a constant, evaluated at compile time.
                if !(false $(|| unsafe { $crate::__private::pod::bits_of::<Self, Int>(&Self::$variant) } == 0)+) {
                    $crate::pod_proof!(@call [$check $arg] $arg [$crate::__private::pod::fail]
                        [$crate::__private::core::concat!(
                            "`derive(Zeroable)`: no variant of `",
                            $crate::__private::core::stringify!($name),
                            "` is represented by zero; give one the discriminant 0"
                        )]);
                }
            };
        }
        $crate::pod_proof!(@now_at [$lt $proof] [$($impl)*] [$($ty)*] Zeroable);
    };
    (fieldless CheckedBitPattern [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$int:ty]
        $name:ident [$check:tt $arg:tt $lt:tt $proof:tt] { $($variant:ident),+ $(,)? }
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        // SAFETY: `Bits` is `Int` and `PROOF` proves `Self` has its size;
        // `is_valid_bit_pattern` accepts exactly the bytes of the values
        // listed, read at compile time from values of `Self`, so accepted
        // bytes are a value of `Self`. `Int` is a sealed primitive integer,
        // so `==` is the integers' own.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::CheckedBitPattern for $($ty)* where $($where)* {
            // `Int` written once, here (see the `fieldless` rules' note).
            type Bits = $int;
            const PROOF: () = {
                $crate::pod_proof!(@call [$check $arg] $arg
                    [$crate::__private::pod::assert_int_size::<Self, Self::Bits>]
                    [$crate::__private::core::stringify!($name)]);
            };
            #[inline]
            fn is_valid_bit_pattern(bits: &Self::Bits) -> $crate::__private::core::primitive::bool {
                let () = <Self as $crate::__private::pod::CheckedBitPattern>::PROOF;
                // SAFETY: in a constant, evaluated at compile time.
                const { [$(unsafe { $crate::__private::pod::bits_of::<Self, Self::Bits>(&Self::$variant) }),+] }
                    .contains(bits)
            }
        }
        $crate::pod_proof!(@now_at [$lt $proof] [$($impl)*] [$($ty)*] CheckedBitPattern);
    };
    (fieldless Contiguous [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [$int:ty]
        $name:ident [$check:tt $arg:tt $lt:tt $proof:tt] { $($variant:ident),+ $(,)? }
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        // SAFETY: `PROOF` proves that the values of `Self` are exactly these
        // (exhaustive match), that `Self` has the size and alignment of
        // `Int`, and that
        // their bytes, read at compile time, are distinct integers whose
        // extremes (computed in `PROOF` and equal to the trait's `MIN_VALUE`
        // and `MAX_VALUE`) are as far apart as there are values: they fill
        // `MIN_VALUE..=MAX_VALUE` with no gap, so every value is in the range
        // and every integer in it is a value.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::Contiguous for $($ty)* where $($where)* {
            // `Int` written once, here (see the `fieldless` rules' note).
            type Int = $int;
            const PROOF: () = {
                let _exhaustive = |this: &Self| match *this { $(Self::$variant => {})+ };
                $crate::pod_proof!(@call [$check $arg] $arg
                    [$crate::__private::pod::assert_int_size::<Self, Self::Int>]
                    [$crate::__private::core::stringify!($name)]);
                $crate::pod_proof!(@call [$check $arg] $arg
                    [$crate::__private::pod::assert_int_align::<Self, Self::Int>]
                    [$crate::__private::core::stringify!($name)]);
                // SAFETY: in a constant, evaluated at compile time.
                let values = [$(unsafe { $crate::__private::pod::bits_of::<Self, Self::Int>(&Self::$variant) }),+];
                // The extremes, computed here (not read through a name an
                // inherent constant could shadow), then compared with the
                // trait's constants.
                let (min, max) = $crate::pod_proof!(@extremes Self::Int { $($variant),+ });
                if min != <Self as $crate::__private::pod::Contiguous>::MIN_VALUE
                    || max != <Self as $crate::__private::pod::Contiguous>::MAX_VALUE
                {
                    $crate::pod_proof!(@call [$check $arg] $arg [$crate::__private::pod::fail]
                        ["`Contiguous`: `MIN_VALUE` or `MAX_VALUE` is not a variant's extreme"]);
                }
                let mut i = 0;
                while i < values.len() {
                    let mut j = i + 1;
                    while j < values.len() {
                        if values[i] == values[j] {
                            $crate::pod_proof!(@call [$check $arg] $arg [$crate::__private::pod::fail]
                                [$crate::__private::core::concat!(
                                    "`derive(Contiguous)`: two variants of `",
                                    $crate::__private::core::stringify!($name),
                                    "` share a value; give each its own discriminant"
                                )]);
                        }
                        j += 1;
                    }
                    i += 1;
                }
                // Distinct values inside `min..=max`, as many as the range
                // holds: the range is full. Compared without overflow.
                if (max.abs_diff(min) as $crate::__private::core::primitive::u128) != (values.len() as $crate::__private::core::primitive::u128) - 1 {
                    $crate::pod_proof!(@call [$check $arg] $arg [$crate::__private::pod::fail]
                        [$crate::__private::core::concat!(
                            "`derive(Contiguous)`: the discriminants of `",
                            $crate::__private::core::stringify!($name),
                            "` leave a gap; number the variants without gaps"
                        )]);
                }
            };
            const MIN_VALUE: Self::Int = $crate::pod_proof!(@extremes Self::Int { $($variant),+ }).0;
            const MAX_VALUE: Self::Int = $crate::pod_proof!(@extremes Self::Int { $($variant),+ }).1;
        }
        $crate::pod_proof!(@now_at [$lt $proof] [$($impl)*] [$($ty)*] Contiguous);
    };

    // The smallest and largest integer among the values' bytes, in an
    // inline `const` (so the bytes are only ever read at compile time, also
    // when this rule is called by hand), for `Contiguous` of `Self`.
    (@extremes $int:ty { $($variant:ident),+ }) => {
        const {
            // SAFETY: in a constant, evaluated at compile time.
            let values = [$(unsafe { $crate::__private::pod::bits_of::<Self, $int>(&Self::$variant) }),+];
            let (mut min, mut max) = (values[0], values[0]);
            let mut i = 1;
            while i < values.len() {
                if values[i] < min {
                    min = values[i];
                }
                if values[i] > max {
                    max = values[i];
                }
                i += 1;
            }
            (min, max)
        }
    };

    // ---- Zeroable for an enum with fields -------------------------------
    (zero_variant [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]
        $name:ident [$check:tt $arg:tt $lt:tt $proof:tt] $variant:ident $({ $($member:tt : $fty:ty),* $(,)? })?
    ) => {
        $crate::pod_proof!(@header [$($impl)*] [$($ty)*] [$($where)*]);
        // SAFETY: `PROOF`, evaluated for every instantiation that is used,
        // proves that `Self::Variant` has exactly these fields (the pattern
        // without `..` lists them all), each of the named type (bound by a
        // pattern and passed as a raw pointer: no coercion) and `Zeroable`
        // with its own proof; then it decodes all-zero bytes of `Self` at
        // compile time: they must be that variant (an invalid tag is a
        // compile error). So the zero bytes are that variant with zero
        // fields, a valid value. No value is built, so no destructor runs.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::Zeroable for $($ty)* where $($where)* {
            const PROOF: () = {
                let _fields = |this: &Self| {
                    if let Self::$variant { $($($member: _),*)? } = this {}
                };
                // Each field's type is written once, where the call ties it
                // to the field's (through a raw pointer: no coercion) and,
                // being made here in the constant, reads its proof.
                $($($crate::__private::pod::zero_variant_field::<$fty, Self>(|this: &Self| {
                    if let Self::$variant { $member: field, .. } = this {
                        &raw const *field
                    } else {
                        $crate::__private::pod::never()
                    }
                });)*)?
                // SAFETY: in a constant, evaluated at compile time.
                let zero = unsafe { $crate::__private::pod::zeroed_view::<Self>() };
                // SAFETY: as above; decoding an invalid tag stops the build.
                let zero = unsafe { &*zero.as_ptr() };
                if !$crate::__private::core::matches!(*zero, Self::$variant { .. }) {
                    $crate::pod_proof!(@call [$check $arg] $arg [$crate::__private::pod::fail]
                        [$crate::__private::core::concat!(
                            "`derive(Zeroable)`: all-zero bytes are not the variant `",
                            $crate::__private::core::stringify!($variant),
                            "` of `",
                            $crate::__private::core::stringify!($name),
                            "`; give that variant the discriminant 0 in a `#[repr(u8)]` or \
                             `#[repr(C)]` enum"
                        )]);
                }
            };
        }
        $crate::pod_proof!(@now_at [$lt $proof] [$($impl)*] [$($ty)*] Zeroable);
    };
}
