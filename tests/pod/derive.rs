//! Runtime tests of types the pod derives accept (Miri runs these): each
//! accepted shape compiles here and behaves as its trait promises.
// Many types exist only to be derived on; their fields are never read.
#![allow(missing_docs, dead_code)]

use core::marker::PhantomData;
use core::mem::size_of;
use vouch::{
    AnyBitPattern, CheckedBitPattern, Contiguous, NoUninit, Pod, TransparentWrapper, Zeroable,
};

#[derive(Clone, Copy, Debug, PartialEq, Zeroable, Pod)]
#[repr(C)]
struct Point {
    x: f32,
    y: f32,
    tag: u32,
    _pad: [u8; 4],
}

#[test]
fn repr_c_struct_is_pod_and_zeroes() {
    let zero = Point::zeroed();
    assert_eq!(
        zero,
        Point {
            x: 0.0,
            y: 0.0,
            tag: 0,
            _pad: [0; 4]
        }
    );
    assert_eq!(size_of::<Point>(), 16);
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C, packed)]
struct Packed {
    a: u8,
    b: u32,
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C, packed(2))]
struct Packed2 {
    a: u16,
    b: u32,
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C, align(8))]
struct Aligned {
    a: u32,
    _pad: [u8; 4],
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(transparent)]
struct Meters(f64);

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct Vec3<T: Pod> {
    x: T,
    y: T,
    z: T,
}

// Bounds in a `where` clause, as long as a probe instance satisfies them.
#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct Pair<T>
where
    T: Pod + 'static,
{
    left: T,
    right: [T; 1],
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct Block<const N: usize> {
    data: [u8; N],
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct Matrix<T: Pod, const N: usize> {
    first: T,
    rows: [T; N],
    _unit: PhantomData<T>,
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C, packed)]
struct PackedGeneric<T: Pod> {
    tag: u8,
    value: T,
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(transparent)]
struct Wrapper<T: Pod>(T);

// Generic, but only `PhantomData` names the parameters: the layout is the
// same for every argument, and padding is measured on one instance.
#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C, align(8))]
struct Typed<T: Pod, const N: usize> {
    id: u32,
    kind: u16,
    flags: [u8; 2],
    _marker: PhantomData<[T; N]>,
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct Tuple(u32, u32);

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct Unit;

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct Raw {
    r#type: u32,
    r#match: u32,
}

#[test]
fn every_struct_shape_zeroes() {
    assert_eq!({ Packed::zeroed().b }, 0);
    assert_eq!(size_of::<Packed>(), 5);
    assert_eq!({ Packed2::zeroed().b }, 0);
    assert_eq!(Aligned::zeroed().a, 0);
    assert_eq!(Meters::zeroed().0.to_bits(), 0);
    let v = Vec3::<u16>::zeroed();
    assert_eq!([v.x, v.y, v.z], [0; 3]);
    assert_eq!(Block::<7>::zeroed().data, [0; 7]);
    let pair = Pair::<u32> {
        left: 1,
        right: [2],
    };
    assert_eq!(vouch::bytes_of(&pair).len(), 8);
    assert_eq!(Matrix::<u32, 3>::zeroed().rows, [0; 3]);
    assert_eq!({ PackedGeneric::<u64>::zeroed().value }, 0);
    assert_eq!(Wrapper::<i8>::zeroed().0, 0);
    let typed = Typed::<f64, 3>::zeroed();
    assert_eq!((typed.id, typed.kind, typed.flags), (0, 0, [0; 2]));
    assert_eq!(size_of::<Typed<u128, 9>>(), 8);
    assert_eq!(Tuple::zeroed().1, 0);
    let Unit = Unit::zeroed();
    let raw = Raw::zeroed();
    assert_eq!(raw.r#type + raw.r#match, 0);
}

// `Pod` is not derived for unions (an attribute after the derive could add
// a smaller field); `AnyBitPattern` is, and reads come from bytes.
#[derive(Clone, Copy, AnyBitPattern)]
#[repr(C)]
union Bits32 {
    int: u32,
    float: f32,
}

#[test]
fn union_is_any_bit_pattern() {
    let zero = Bits32::zeroed();
    // SAFETY: every field of this union is valid for any bytes.
    assert_eq!(unsafe { zero.int }, 0);
    let one: Bits32 = vouch::pod_read_unaligned(&1.0_f32.to_ne_bytes());
    // SAFETY: as above.
    assert_eq!(unsafe { one.float }.to_bits(), 1.0_f32.to_bits());
}

#[derive(Clone, Copy, AnyBitPattern)]
#[repr(C)]
struct Reading {
    value: u16,
    kind: u8,
}

#[test]
fn any_bit_pattern_is_zeroable_with_padding() {
    let r = Reading::zeroed();
    assert_eq!((r.value, r.kind), (0, 0));
    assert_eq!(size_of::<Reading>(), 4);
}

#[derive(Clone, Copy, NoUninit)]
#[repr(C)]
struct Flags {
    on: bool,
    off: bool,
    c: [u8; 2],
}

fn is_no_uninit<T: NoUninit>() {}

#[derive(Clone, Copy, Debug, PartialEq, Zeroable, NoUninit, CheckedBitPattern, Contiguous)]
#[repr(u8)]
enum Level {
    Off,
    Low,
    High,
}

#[derive(Clone, Copy, Debug, PartialEq, NoUninit, CheckedBitPattern)]
#[repr(i16)]
enum Signed {
    Minus = -3,
    Next,
    Zero = 0,
    Far = 100,
    AfterFar,
}

#[test]
fn no_uninit_types() {
    is_no_uninit::<Flags>();
    is_no_uninit::<Level>();
    is_no_uninit::<Signed>();
}

// Arrays of elements that have the trait without being `Pod`: the array
// type itself lacks `NoUninit` (that impl would overlap the one for every
// `Pod` type), so the derive checks such a field by its element.
#[derive(Clone, Copy, NoUninit)]
#[repr(C)]
struct Panel {
    levels: [Level; 4],
    flags: [bool; 4],
    count: u32,
}

#[derive(Clone, Copy, NoUninit)]
#[repr(C)]
struct Row<const N: usize> {
    levels: [Level; N],
}

#[derive(Clone, Copy, AnyBitPattern)]
#[repr(C)]
struct Series {
    readings: [Reading; 2],
    tail: u8,
}

#[test]
fn arrays_of_non_pod_elements() {
    let panel = Panel {
        levels: [Level::Off, Level::Low, Level::High, Level::Low],
        flags: [true, false, true, true],
        count: 7,
    };
    let bytes = vouch::bytes_of(&panel);
    assert_eq!(&bytes[..8], &[0, 1, 2, 1, 1, 0, 1, 1]);
    assert_eq!(&bytes[8..], &7u32.to_ne_bytes());
    let row = Row::<3> {
        levels: [Level::High; 3],
    };
    assert_eq!(vouch::bytes_of(&row), &[2, 2, 2]);
    let series = Series::zeroed();
    assert_eq!((series.readings[1].value, series.tail), (0, 0));
}

#[test]
fn checked_enum_accepts_exactly_its_discriminants() {
    for bits in 0..=u8::MAX {
        assert_eq!(Level::is_valid_bit_pattern(&bits), bits <= 2, "{bits}");
    }
    for bits in i16::MIN..=i16::MAX {
        let valid = matches!(bits, -3 | -2 | 0 | 100 | 101);
        assert_eq!(Signed::is_valid_bit_pattern(&bits), valid, "{bits}");
    }
    assert_eq!(Level::zeroed(), Level::Off);
}

#[test]
fn contiguous_range() {
    assert_eq!(Level::MIN_VALUE, 0);
    assert_eq!(Level::MAX_VALUE, 2);
}

#[derive(Clone, Copy, Debug, PartialEq, CheckedBitPattern)]
#[repr(C)]
struct Checked {
    flag: bool,
    level: Level,
    count: u16,
    letter: char,
}

#[test]
fn checked_struct_validates_each_field() {
    let good = <Checked as CheckedBitPattern>::Bits::zeroed();
    assert!(Checked::is_valid_bit_pattern(&good));
    assert_eq!(
        size_of::<<Checked as CheckedBitPattern>::Bits>(),
        size_of::<Checked>()
    );
}

#[derive(TransparentWrapper)]
#[repr(transparent)]
struct Wrap(u32);

#[derive(TransparentWrapper)]
#[repr(transparent)]
#[transparent(T)]
struct Tagged<T, U> {
    value: T,
    _unit: PhantomData<U>,
}

/// Lifetimes in the wrapped type: the proof ties them to the field's
/// exactly (and a trait object's to its own bound).
#[derive(TransparentWrapper)]
#[repr(transparent)]
struct BorrowedSlice<'a, T>(&'a [T]);

#[derive(TransparentWrapper)]
#[repr(transparent)]
struct Task<'a>(Box<dyn Fn() -> u8 + 'a>);

#[derive(TransparentWrapper)]
#[repr(transparent)]
struct Callback(for<'a> fn(&'a u8) -> &'a u8);

fn wraps<W: TransparentWrapper<I>, I: ?Sized>() {}

#[test]
fn transparent_wrappers_with_lifetimes() {
    let values = [1_u16, 2];
    let borrowed = BorrowedSlice::wrap(&values[..]);
    assert_eq!(BorrowedSlice::peel(borrowed), [1, 2]);
    let base = 40_u8;
    let task = Task::wrap(Box::new(move || base + 2));
    assert_eq!((Task::peel(task))(), 42);
    let callback = Callback::wrap(|value| value);
    assert_eq!(*(Callback::peel(callback))(&7), 7);
}

#[test]
fn transparent_wrappers() {
    wraps::<Wrap, u32>();
    wraps::<Tagged<String, u8>, String>();
}

#[derive(Clone, Copy, Zeroable)]
#[repr(u8)]
enum WithData {
    Empty,
    Full(u32, [u8; 3]),
}

#[test]
fn zeroable_enum_with_data_is_its_zero_variant() {
    assert!(matches!(WithData::zeroed(), WithData::Empty));
    let _ = WithData::Full(1, [0; 3]);
}

// A discriminant named like the derive's own generated constants: the
// derive reads `Item::Variant as Int` instead of copying the expression
// into its scope, so the names cannot capture each other.
#[allow(non_upper_case_globals)]
const __VOUCH_D0: u8 = 7;
const __VOUCH_SIZE: u8 = 9;

#[derive(Clone, Copy, Debug, PartialEq, CheckedBitPattern, Contiguous, NoUninit)]
#[repr(u8)]
enum Scoped {
    A = __VOUCH_D0,
    B,
    C = __VOUCH_SIZE,
}

#[test]
fn discriminants_keep_their_scope() {
    let valid: Vec<u8> = (0..=u8::MAX).filter(Scoped::is_valid_bit_pattern).collect();
    assert_eq!(valid, [7, 8, 9]);
    assert_eq!((Scoped::MIN_VALUE, Scoped::MAX_VALUE), (7, 9));
    assert_eq!(Scoped::A as u8, 7);
}

#[test]
fn discriminants_from_a_local_scope() {
    const START: i32 = -2;
    #[derive(Clone, Copy, CheckedBitPattern, Contiguous, Zeroable)]
    #[repr(i32)]
    enum Local {
        Low = START,
        Mid,
        High,
    }
    assert!(Local::is_valid_bit_pattern(&-2));
    assert!(Local::is_valid_bit_pattern(&0));
    assert!(!Local::is_valid_bit_pattern(&1));
    assert_eq!((Local::MIN_VALUE, Local::MAX_VALUE), (-2, 0));
    assert!(matches!(Local::zeroed(), Local::High));
    let _ = (Local::Low, Local::Mid);
}

#[derive(Clone, Copy, Zeroable)]
#[repr(C, i8)]
enum Negative {
    Before(u16) = -1,
    Zero { value: u32, flags: [u8; 2] },
    After,
}

#[test]
fn zero_variant_after_a_negative_discriminant() {
    match Negative::zeroed() {
        Negative::Zero { value, flags } => assert_eq!((value, flags), (0, [0; 2])),
        Negative::Before(_) | Negative::After => panic!("wrong variant"),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, NoUninit, CheckedBitPattern, Contiguous)]
#[repr(C)]
enum CInt {
    First = 1,
    Second,
}

#[test]
fn repr_c_enum_uses_c_int() {
    assert!(CInt::is_valid_bit_pattern(&2));
    assert!(!CInt::is_valid_bit_pattern(&0));
    assert_eq!((CInt::MIN_VALUE, CInt::MAX_VALUE), (1, 2));
}

#[derive(Clone, Copy, Debug, PartialEq, CheckedBitPattern)]
#[repr(C, packed)]
struct PackedChecked {
    flag: bool,
    value: u32,
}

#[test]
fn checked_struct_rejects_exactly_bad_fields() {
    type Bits = <Checked as CheckedBitPattern>::Bits;
    assert_eq!(size_of::<Bits>(), size_of::<Checked>());
    let mut bytes = [0u8; size_of::<Checked>()];
    let check = |bytes: &[u8]| -> bool {
        let mut bits = Bits::zeroed();
        // SAFETY: `Bits` is `AnyBitPattern`: any initialized bytes are a value.
        unsafe {
            core::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                core::ptr::from_mut(&mut bits).cast::<u8>(),
                size_of::<Bits>(),
            );
        }
        Checked::is_valid_bit_pattern(&bits)
    };
    assert!(check(&bytes));
    bytes[0] = 2; // `flag` is a bool
    assert!(!check(&bytes));
    bytes[0] = 1;
    bytes[1] = 3; // `level` is 0..=2
    assert!(!check(&bytes));
    bytes[1] = 2;
    bytes[4..8].copy_from_slice(&0xD800u32.to_ne_bytes()); // a surrogate is no `char`
    assert!(!check(&bytes));
    bytes[4..8].copy_from_slice(&u32::from('x').to_ne_bytes());
    assert!(check(&bytes));

    let mut packed = <PackedChecked as CheckedBitPattern>::Bits::zeroed();
    assert!(PackedChecked::is_valid_bit_pattern(&packed));
    assert_eq!(size_of::<PackedChecked>(), 5);
    // SAFETY: any bytes are a valid `Bits`.
    unsafe { core::ptr::from_mut(&mut packed).cast::<u8>().write(5) };
    assert!(!PackedChecked::is_valid_bit_pattern(&packed));
}

#[derive(Clone, Copy, Debug, PartialEq, CheckedBitPattern)]
#[repr(C)]
struct CheckedPair<T: CheckedBitPattern, const N: usize> {
    first: T,
    second: T,
    _len: PhantomData<[u8; N]>,
}

// Fields that name no parameter have one layout for every argument.
#[derive(Clone, Copy, Debug, PartialEq, CheckedBitPattern)]
#[repr(C)]
struct CheckedTagged<T: Copy + 'static> {
    flag: bool,
    level: u8,
    _kind: PhantomData<T>,
}

#[derive(Clone, Copy, Debug, PartialEq, CheckedBitPattern)]
#[repr(transparent)]
struct CheckedWrapper<T: CheckedBitPattern>(T);

/// A bound that follows from the item's own (through a supertrait), a
/// field type that names `Self`, arrays of the parameter and a const
/// parameter: the derives require each field type once, where the impl is
/// declared, and find the bound under the item's.
trait PodLike: vouch::Pod {}
impl PodLike for u16 {}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct ImpliedBound<T: PodLike, const N: usize> {
    first: T,
    rest: [T; N],
    _me: PhantomData<Self>,
}

#[derive(Clone, Copy, CheckedBitPattern)]
#[repr(C)]
struct CheckedTwoParams<T: CheckedBitPattern + 'static, U: CheckedBitPattern + 'static> {
    a: T,
    b: U,
    c: T,
    _me: PhantomData<Self>,
}

#[test]
fn generic_bounds_implied_by_the_items_own() {
    let zero = ImpliedBound::<u16, 3>::zeroed();
    assert_eq!(zero.first, 0);
    assert_eq!(zero.rest, [0; 3]);
    assert_eq!(size_of::<ImpliedBound<u16, 3>>(), 8);
    let good = bits_of::<CheckedTwoParams<bool, u8>>(&[1, 7, 0]);
    assert!(CheckedTwoParams::<bool, u8>::is_valid_bit_pattern(&good));
    let bad = bits_of::<CheckedTwoParams<bool, u8>>(&[1, 7, 2]);
    assert!(!CheckedTwoParams::<bool, u8>::is_valid_bit_pattern(&bad));
}

#[test]
fn generic_checked_structs_validate_as_their_arguments() {
    type Bits = <CheckedPair<bool, 2> as CheckedBitPattern>::Bits;
    assert_eq!(size_of::<Bits>(), size_of::<CheckedPair<bool, 2>>());
    let mut bits = Bits::zeroed();
    assert!(CheckedPair::<bool, 2>::is_valid_bit_pattern(&bits));
    // SAFETY: any bytes are a valid `Bits`; the second byte is `second`.
    unsafe { core::ptr::from_mut(&mut bits).cast::<u8>().add(1).write(2) };
    assert!(!CheckedPair::<bool, 2>::is_valid_bit_pattern(&bits));

    let surrogate = bits_of::<CheckedWrapper<char>>(&0xD800u32.to_ne_bytes());
    assert!(!CheckedWrapper::<char>::is_valid_bit_pattern(&surrogate));
    let x = bits_of::<CheckedWrapper<char>>(&u32::from('x').to_ne_bytes());
    assert!(CheckedWrapper::<char>::is_valid_bit_pattern(&x));
    let seven = bits_of::<CheckedWrapper<u16>>(&7u16.to_ne_bytes());
    assert!(CheckedWrapper::<u16>::is_valid_bit_pattern(&seven));

    let pair = bits_of::<CheckedPair<bool, 2>>(&[1, 0]);
    assert!(CheckedPair::<bool, 2>::is_valid_bit_pattern(&pair));
    let pair = bits_of::<CheckedPair<bool, 2>>(&[3, 0]);
    assert!(!CheckedPair::<bool, 2>::is_valid_bit_pattern(&pair));
    let tagged = bits_of::<CheckedTagged<u64>>(&[1, 9]);
    assert!(CheckedTagged::<u64>::is_valid_bit_pattern(&tagged));
    let tagged = bits_of::<CheckedTagged<u64>>(&[2, 9]);
    assert!(!CheckedTagged::<u64>::is_valid_bit_pattern(&tagged));
}

/// The `Bits` of `T` holding `bytes`.
fn bits_of<T: CheckedBitPattern>(bytes: &[u8]) -> T::Bits {
    assert_eq!(bytes.len(), size_of::<T::Bits>());
    let mut bits = <T::Bits as Zeroable>::zeroed();
    // SAFETY: `Bits` is `AnyBitPattern`, so any initialized bytes of its size
    // are a value; the lengths match.
    unsafe {
        core::ptr::copy_nonoverlapping(
            bytes.as_ptr(),
            core::ptr::from_mut(&mut bits).cast::<u8>(),
            bytes.len(),
        );
    }
    bits
}

// An attribute after the derive packs the struct. The derive saw a layout
// with padding after `tag`, but its constants measure the real, packed
// struct, which has none: the proof follows the real type both ways.
#[derive(Clone, Copy, Zeroable, Pod)]
#[vouch_attack_macros::add_repr(packed)]
#[repr(C)]
struct PackedLater {
    tag: u8,
    value: u32,
}

#[test]
fn a_repr_added_after_the_derive_is_measured() {
    assert_eq!(size_of::<PackedLater>(), 5);
    assert_eq!({ PackedLater::zeroed().value }, 0);
    assert_eq!(PackedLater::zeroed().tag, 0);
}

#[derive(Clone, Copy, Zeroable)]
#[repr(u8)]
enum Maybe<T: Zeroable + Copy, const N: usize> {
    Nothing,
    Just(T, [u16; N]),
}

#[derive(Clone, Copy, Zeroable)]
#[repr(C, u16)]
enum Either<T: Zeroable + Copy> {
    Left { value: T, extra: u32 } = 0,
    Right(u64) = 7,
}

#[test]
fn generic_zeroable_enums() {
    assert!(matches!(Maybe::<f32, 3>::zeroed(), Maybe::Nothing));
    let _ = Maybe::<u8, 1>::Just(1, [2]);
    match Either::<i64>::zeroed() {
        Either::Left { value, extra } => assert_eq!((value, extra), (0, 0)),
        Either::Right(_) => panic!("wrong variant"),
    }
}

// A derive on an item written by `macro_rules!`: the field tokens carry the
// macro's hygiene, and the generated checks spanned at them must still find
// their own locals.
macro_rules! record {
    ($name:ident, $checked:ident { $($field:ident: $ty:ty),* }) => {
        #[derive(Clone, Copy, Zeroable, vouch::Pod)]
        #[repr(C)]
        struct $name {
            $($field: $ty),*
        }

        #[derive(Clone, Copy, vouch::NoUninit, vouch::CheckedBitPattern)]
        #[repr(C)]
        struct $checked {
            $($field: $ty,)*
            flag: bool,
            spare: u8,
        }
    };
}

// The wrapped type arrives as a `$ty` fragment, which the proof (which
// refuses fragments that could hide a macro call) must still read.
macro_rules! wrapper {
    ($name:ident($ty:ty)) => {
        #[derive(TransparentWrapper)]
        #[repr(transparent)]
        struct $name($ty);
    };
}

wrapper!(MacroWrap(Vec<u16>));

// Generics and a bound as fragments too.
macro_rules! generic_wrapper {
    ($name:ident<$param:ident: $bound:path>($ty:ty)) => {
        #[derive(TransparentWrapper)]
        #[repr(transparent)]
        #[transparent($ty)]
        struct $name<$param>($ty)
        where
            $param: $bound;
    };
}

generic_wrapper!(MacroGeneric<T: Copy>(T));

record!(
    MacroRecord,
    MacroChecked {
        id: u16,
        value: u16
    }
);

#[test]
fn derives_on_items_written_by_macro_rules() {
    let record = MacroRecord::zeroed();
    assert_eq!((record.id, record.value), (0, 0));
    assert_eq!(size_of::<MacroRecord>(), 4);
    let words: [u16; 3] = [7, 9, 0x0101];
    let checked: &MacroChecked = vouch::checked::from_bytes(vouch::bytes_of(&words));
    assert!(checked.flag);
    assert_eq!((checked.id, checked.value, checked.spare), (7, 9, 1));
    let bad: [u16; 3] = [7, 9, 0x0202];
    assert!(vouch::checked::try_from_bytes::<MacroChecked>(vouch::bytes_of(&bad)).is_err());
    let wrapped = MacroWrap::wrap(vec![1, 2]);
    assert_eq!(MacroWrap::peel(wrapped), [1, 2]);
    assert_eq!(MacroGeneric::peel(MacroGeneric::wrap(3_u8)), 3);
}

/// A `repr(C)` enum with fields: the zero variant is proved by decoding
/// all-zero bytes at compile time, whatever the tag's size.
#[derive(Clone, Copy, Zeroable)]
#[repr(C)]
enum Slot {
    Free,
    Taken(u32),
}

#[test]
fn zeroable_repr_c_enum_with_fields() {
    assert!(matches!(Slot::zeroed(), Slot::Free));
    assert!(matches!(Slot::Taken(1), Slot::Taken(1)));
}

/// A generic enum with fields: proved for each instantiation used.
#[derive(Clone, Copy, Zeroable)]
#[repr(u8)]
enum Optional<T: Copy> {
    Nothing,
    Just(T),
}

#[test]
fn zeroable_generic_enum_with_fields() {
    assert!(matches!(Optional::<u64>::zeroed(), Optional::Nothing));
    assert!(matches!(Optional::<[u8; 3]>::zeroed(), Optional::Nothing));
    assert!(matches!(Optional::Just(2_u8), Optional::Just(2)));
}

/// Fieldless enums with a const parameter (which they never use).
#[derive(Clone, Copy, Zeroable, NoUninit, CheckedBitPattern, Contiguous)]
#[repr(u8)]
enum Gauge<const N: usize> {
    Low,
    High,
}

#[test]
fn fieldless_enum_with_const_parameter() {
    assert_eq!(vouch::bytes_of(&Gauge::<3>::High), &[1]);
    assert!(vouch::checked::try_from_bytes::<Gauge<3>>(&[2]).is_err());
    assert!(matches!(Gauge::<3>::from_integer(1), Some(Gauge::High)));
    assert!(matches!(Gauge::<0>::zeroed(), Gauge::Low));
}

/// Generic `CheckedBitPattern` structs of any field shape: the layout of
/// the `Bits` twin is proved per instantiation.
#[derive(Clone, Copy, CheckedBitPattern)]
#[repr(C)]
struct Mixed<T: CheckedBitPattern> {
    flag: bool,
    value: T,
}

#[test]
fn checked_generic_mixed_fields() {
    let ok = vouch::checked::try_from_bytes::<Mixed<u8>>(&[1, 7]).map(|m| (m.flag, m.value));
    assert_eq!(ok.ok(), Some((true, 7)));
    assert!(vouch::checked::try_from_bytes::<Mixed<u8>>(&[2, 7]).is_err());
    let wide = vouch::checked::try_from_bytes::<Mixed<bool>>(&[1, 2]);
    assert!(wide.is_err());
}

/// Raw identifiers anywhere: the proof never compares names, so `r#T` and
/// `T` are one parameter to it as to rustc.
#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct RawGeneric<r#T: Pod, const r#N: usize> {
    r#type: T,
    r#match: [r#T; N],
}

#[test]
fn raw_identifiers_in_generic_pod() {
    let raw = RawGeneric::<u16, 2> {
        r#type: 1,
        r#match: [2, 3],
    };
    assert_eq!(vouch::bytes_of(&raw).len(), 6);
    assert_eq!(RawGeneric::<u8, 3>::zeroed().r#match, [0; 3]);
}

/// `Zeroable` on an enum with fields and a lifetime parameter.
#[derive(Clone, Copy, Zeroable)]
#[repr(u8)]
enum Borrowed<'a> {
    Empty,
    Full(&'a u8),
}

#[test]
fn zeroable_enum_with_lifetime() {
    assert!(matches!(Borrowed::zeroed(), Borrowed::Empty));
    let one = 1;
    assert!(matches!(Borrowed::Full(&one), Borrowed::Full(1)));
}

/// A struct whose fields are all `#[cfg]`'d out, and a unit struct.
#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
struct Gone {
    #[cfg(any())]
    hidden: u32,
}

#[derive(Clone, Copy, NoUninit, CheckedBitPattern)]
#[repr(C)]
struct Nothing;

#[test]
fn empty_structs() {
    assert_eq!(vouch::bytes_of(&Gone {}).len(), 0);
    assert_eq!(vouch::bytes_of(&Nothing).len(), 0);
}

/// A field whose type is named like the generated `Bits` twin.
#[derive(Clone, Copy, CheckedBitPattern)]
#[repr(C)]
struct TwinBits {
    a: u8,
}

#[derive(Clone, Copy, CheckedBitPattern)]
#[repr(C)]
struct Twin {
    bits: TwinBits,
    flag: bool,
}

#[test]
fn checked_struct_with_a_field_named_like_its_twin() {
    assert!(vouch::checked::try_from_bytes::<Twin>(&[7, 1]).is_ok());
    assert!(vouch::checked::try_from_bytes::<Twin>(&[7, 2]).is_err());
}

/// A generic `Zeroable` enum with fields, a bound of the user's own and no
/// `Copy`: the proof builds no value (no destructor in a constant) and
/// holds for every instantiation.
trait Own {}
impl Own for u16 {}
impl Own for String {}

#[derive(Zeroable)]
#[repr(u8)]
enum Cell2<T: Zeroable + Own> {
    Free(T),
    Taken,
}

impl Own for Vec<u8> {}

#[test]
fn zeroable_generic_enum_with_own_bound() {
    assert!(matches!(vouch::zeroed::<Cell2<u16>>(), Cell2::Free(0)));
    assert!(matches!(Cell2::<u16>::Taken, Cell2::Taken));
}
