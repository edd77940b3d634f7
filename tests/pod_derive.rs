//! Runtime tests of types the pod derives accept (Miri runs these): each
//! accepted shape compiles here and behaves as its trait promises.
#![allow(missing_docs)]

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
    assert_eq!(zero, Point { x: 0.0, y: 0.0, tag: 0, _pad: [0; 4] });
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
    assert_eq!(Matrix::<u32, 3>::zeroed().rows, [0; 3]);
    assert_eq!({ PackedGeneric::<u64>::zeroed().value }, 0);
    assert_eq!(Wrapper::<i8>::zeroed().0, 0);
    assert_eq!(Tuple::zeroed().1, 0);
    let Unit = Unit::zeroed();
    let raw = Raw::zeroed();
    assert_eq!(raw.r#type + raw.r#match, 0);
}

#[derive(Clone, Copy, Zeroable, Pod)]
#[repr(C)]
union Bits32 {
    int: u32,
    float: f32,
}

#[test]
fn union_is_pod() {
    let zero = Bits32::zeroed();
    // SAFETY: every field of a `Pod` union is valid for any bytes.
    assert_eq!(unsafe { zero.int }, 0);
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
    assert_eq!(size_of::<<Checked as CheckedBitPattern>::Bits>(), size_of::<Checked>());
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

fn wraps<W: TransparentWrapper<I>, I: ?Sized>() {}

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
