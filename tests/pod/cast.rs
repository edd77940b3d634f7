//! The casts at the crate root: `zeroed`, `bytes_of*`, `from_bytes*`,
//! `pod_read_unaligned`, `cast*`, and `PodCastError`.

use super::{Aligned, LONG};
use core::num::NonZeroU32;
use vouch::PodCastError::{
    AlignmentMismatch, OutputSliceWouldHaveSlop, SizeMismatch,
    TargetAlignmentGreaterAndInputNotAligned,
};
use vouch::{
    PodCastError, bytes_of, bytes_of_mut, cast, cast_mut, cast_ref, cast_slice, cast_slice_mut,
    from_bytes, from_bytes_mut, pod_read_unaligned, try_cast, try_cast_mut, try_cast_ref,
    try_cast_slice, try_cast_slice_mut, try_from_bytes, try_from_bytes_mut, try_pod_read_unaligned,
    zeroed,
};

#[test]
fn zeroed_values() {
    assert_eq!(zeroed::<[u32; 4]>(), [0; 4]);
    assert_eq!(zeroed::<f64>().to_bits(), 0);
    assert_eq!(zeroed::<Option<NonZeroU32>>(), None);
    assert_eq!(zeroed::<(u8, bool, char)>(), (0, false, '\0'));
    assert_eq!(zeroed::<Option<&'static u8>>(), None);
    assert!(zeroed::<*const u8>().is_null());
    let (): () = zeroed();
}

#[test]
fn bytes_of_views_every_byte() {
    let value = 0x0102_0304_u32;
    assert_eq!(bytes_of(&value), &value.to_ne_bytes());
    assert_eq!(bytes_of(&[1_u16, 2, 3]).len(), 6);
    assert_eq!(bytes_of(&true), &[1]);
    assert!(bytes_of(&()).is_empty());
}

#[test]
fn bytes_of_mut_writes_through() {
    let mut value = [0_u16; 2];
    bytes_of_mut(&mut value).copy_from_slice(&[1, 0, 0, 1]);
    assert_eq!(
        value,
        [u16::from_ne_bytes([1, 0]), u16::from_ne_bytes([0, 1])]
    );
    assert!(bytes_of_mut(&mut ()).is_empty());
}

#[test]
fn from_bytes_success() {
    let buf = Aligned::<8>::new();
    let word: &u32 = from_bytes(&buf.0[4..]);
    assert_eq!(*word, u32::from_ne_bytes([4, 5, 6, 7]));
    assert_eq!(try_from_bytes::<[u8; 3]>(&buf.0[1..4]), Ok(&[1, 2, 3]));
    assert_eq!(try_from_bytes::<()>(&[]), Ok(&()));
}

#[test]
fn from_bytes_failures() {
    let buf = Aligned::<8>::new();
    assert_eq!(try_from_bytes::<u32>(&buf.0[..3]), Err(SizeMismatch));
    assert_eq!(try_from_bytes::<u32>(&buf.0[..8]), Err(SizeMismatch));
    assert_eq!(
        try_from_bytes::<u32>(&buf.0[1..5]),
        Err(TargetAlignmentGreaterAndInputNotAligned)
    );
    // Size is checked before alignment.
    assert_eq!(try_from_bytes::<u32>(&buf.0[1..4]), Err(SizeMismatch));
    assert_eq!(try_from_bytes::<()>(&[0]), Err(SizeMismatch));
}

#[test]
fn from_bytes_mut_success_and_failures() {
    let mut buf = Aligned::<8>::new();
    *from_bytes_mut::<u32>(&mut buf.0[..4]) = u32::MAX;
    assert_eq!(buf.0[..5], [0xFF, 0xFF, 0xFF, 0xFF, 4]);
    *try_from_bytes_mut::<[u8; 2]>(&mut buf.0[5..7]).unwrap() = [9, 9];
    assert_eq!(buf.0[5..], [9, 9, 7]);
    assert_eq!(
        try_from_bytes_mut::<u64>(&mut buf.0[..4]),
        Err(SizeMismatch)
    );
    assert_eq!(
        try_from_bytes_mut::<u16>(&mut buf.0[1..3]),
        Err(TargetAlignmentGreaterAndInputNotAligned)
    );
}

#[test]
#[should_panic(expected = "vouch::from_bytes failed: size mismatch")]
fn from_bytes_panics_on_size() {
    let _: &u32 = from_bytes(&[0_u8; 3]);
}

#[test]
#[should_panic(expected = "vouch::from_bytes failed: the input is not aligned")]
fn from_bytes_panics_on_alignment() {
    let buf = Aligned::<8>::new();
    let _: &u32 = from_bytes(&buf.0[1..5]);
}

#[test]
#[should_panic(expected = "vouch::from_bytes_mut failed: size mismatch")]
fn from_bytes_mut_panics() {
    let _: &mut u16 = from_bytes_mut(&mut [0_u8; 3]);
}

#[test]
fn pod_read_unaligned_reads_anywhere() {
    let buf = Aligned::<9>::new();
    let value: u64 = pod_read_unaligned(&buf.0[1..]);
    assert_eq!(value, u64::from_ne_bytes([1, 2, 3, 4, 5, 6, 7, 8]));
    assert_eq!(
        try_pod_read_unaligned::<u16>(&buf.0[3..5]),
        Ok(u16::from_ne_bytes([3, 4]))
    );
    assert_eq!(
        try_pod_read_unaligned::<u16>(&buf.0[3..6]),
        Err(SizeMismatch)
    );
    assert_eq!(try_pod_read_unaligned::<()>(&[]), Ok(()));
}

#[test]
#[should_panic(expected = "vouch::pod_read_unaligned failed: size mismatch")]
fn pod_read_unaligned_panics() {
    let _: u32 = pod_read_unaligned(&[0_u8; 5]);
}

#[test]
fn cast_values() {
    assert_eq!(cast::<f32, u32>(1.0), 0x3F80_0000);
    assert_eq!(cast::<[u8; 4], u32>([0; 4]), 0);
    assert_eq!(try_cast::<u32, Option<NonZeroU32>>(0), Ok(None));
    assert_eq!(try_cast::<u8, u16>(1), Err(SizeMismatch));
    assert_eq!(try_cast::<(), u8>(()), Err(SizeMismatch));
    assert_eq!(try_cast::<bool, u8>(true), Ok(1));
    try_cast::<(), [u64; 0]>(()).unwrap();
}

#[test]
#[should_panic(expected = "vouch::cast failed: size mismatch")]
fn cast_panics() {
    let _: u64 = cast(1_u32);
}

#[test]
fn cast_ref_success() {
    let word = 0x0A0B_0C0D_u32;
    let bytes: &[u8; 4] = cast_ref(&word);
    assert_eq!(bytes, &word.to_ne_bytes());
    let buf = Aligned::<8>::new();
    let quad: &[u8; 4] = from_bytes(&buf.0[4..]);
    assert_eq!(
        try_cast_ref::<[u8; 4], u32>(quad),
        Ok(&u32::from_ne_bytes([4, 5, 6, 7]))
    );
}

#[test]
fn cast_ref_failures() {
    let buf = Aligned::<8>::new();
    let misaligned: &[u8; 4] = from_bytes(&buf.0[1..5]);
    assert_eq!(
        try_cast_ref::<[u8; 4], u32>(misaligned),
        Err(TargetAlignmentGreaterAndInputNotAligned)
    );
    assert_eq!(try_cast_ref::<u32, u16>(&5), Err(SizeMismatch));
    // Alignment is checked before size.
    let misaligned3: &[u8; 3] = from_bytes(&buf.0[1..4]);
    assert_eq!(
        try_cast_ref::<[u8; 3], u32>(misaligned3),
        Err(TargetAlignmentGreaterAndInputNotAligned)
    );
}

#[test]
#[should_panic(expected = "vouch::cast_ref failed: size mismatch")]
fn cast_ref_panics() {
    let _: &u8 = cast_ref(&0_u16);
}

#[test]
fn cast_mut_success_and_failures() {
    let mut word = 0_u32;
    cast_mut::<u32, [u8; 4]>(&mut word)[2] = 1;
    assert_eq!(word, u32::from_ne_bytes([0, 0, 1, 0]));
    *try_cast_mut::<u32, f32>(&mut word).unwrap() = 1.0;
    assert_eq!(word, 0x3F80_0000);
    assert_eq!(try_cast_mut::<u32, u16>(&mut word), Err(SizeMismatch));
    let mut buf = Aligned::<8>::new();
    let misaligned: &mut [u8; 4] = from_bytes_mut(&mut buf.0[1..5]);
    assert_eq!(
        try_cast_mut::<[u8; 4], u32>(misaligned),
        Err(TargetAlignmentGreaterAndInputNotAligned)
    );
}

#[test]
#[should_panic(expected = "vouch::cast_mut failed: the input is not aligned")]
fn cast_mut_panics() {
    let mut buf = Aligned::<8>::new();
    let misaligned: &mut [u8; 2] = from_bytes_mut(&mut buf.0[1..3]);
    let _: &mut u16 = cast_mut(misaligned);
}

#[test]
fn cast_slice_success() {
    let words = [1_u32, 2, 3];
    let bytes: &[u8] = cast_slice(&words);
    assert_eq!(bytes.len(), 12);
    assert_eq!(bytes.as_ptr().addr(), words.as_ptr().addr());
    assert_eq!(cast_slice::<u8, u32>(bytes), &words);
    // Element sizes that do not divide each other.
    let halves = [0_u16; 3];
    assert_eq!(cast_slice::<u16, [u8; 3]>(&halves).len(), 2);
    let buf = Aligned::<16>::new();
    let pairs: &[[u16; 2]] = cast_slice(&buf.0[..]);
    assert_eq!(pairs.len(), 4);
    assert!(cast_slice::<u32, u8>(&[]).is_empty());
    assert!(try_cast_slice::<u8, u64>(&buf.0[..0]).unwrap().is_empty());
}

#[test]
fn cast_slice_long() {
    let words: Vec<u32> = (0..u32::try_from(LONG).unwrap()).collect();
    let bytes: &[u8] = cast_slice(&words);
    assert_eq!(bytes.len(), LONG * 4);
    let back: &[u32] = cast_slice(bytes);
    assert_eq!(back, &words[..]);
}

#[test]
fn cast_slice_failures() {
    let buf = Aligned::<16>::new();
    assert_eq!(
        try_cast_slice::<u8, u32>(&buf.0[1..5]),
        Err(TargetAlignmentGreaterAndInputNotAligned)
    );
    assert_eq!(
        try_cast_slice::<u8, u32>(&buf.0[..6]),
        Err(OutputSliceWouldHaveSlop)
    );
    assert_eq!(
        try_cast_slice::<u16, [u8; 3]>(&[0; 2]),
        Err(OutputSliceWouldHaveSlop)
    );
    // Alignment is checked before slop.
    assert_eq!(
        try_cast_slice::<u8, u32>(&buf.0[1..4]),
        Err(TargetAlignmentGreaterAndInputNotAligned)
    );
}

#[test]
fn cast_slice_zero_sized() {
    let units = [(); 5];
    assert_eq!(try_cast_slice::<(), ()>(&units).map(<[()]>::len), Ok(5));
    assert_eq!(cast_slice::<(), [u8; 0]>(&units).len(), 5);
    // Zero-sized and sized elements never cast into each other, even empty.
    assert_eq!(try_cast_slice::<(), u8>(&units), Err(SizeMismatch));
    assert_eq!(try_cast_slice::<u8, ()>(&[1, 2]), Err(SizeMismatch));
    assert_eq!(try_cast_slice::<u8, ()>(&[]), Err(SizeMismatch));
    assert_eq!(try_cast_slice_mut::<u8, ()>(&mut []), Err(SizeMismatch));
}

#[test]
#[should_panic(expected = "vouch::cast_slice failed: the output slice would have slop")]
fn cast_slice_panics_on_slop() {
    let buf = Aligned::<4>::new();
    let _: &[u16] = cast_slice(&buf.0[..3]);
}

#[test]
#[should_panic(expected = "vouch::cast_slice failed: size mismatch")]
fn cast_slice_panics_on_zero_sized() {
    let _: &[u8] = cast_slice(&[(); 2]);
}

#[test]
fn cast_slice_mut_success_and_failures() {
    let mut words = [0_u32; 4];
    let bytes: &mut [u8] = cast_slice_mut(&mut words);
    bytes[4..8].fill(0xFF);
    assert_eq!(words, [0, u32::MAX, 0, 0]);
    let halves: &mut [u16] = try_cast_slice_mut(&mut words).unwrap();
    halves[0] = 1;
    halves[7] = 2;
    assert_eq!(
        cast_slice::<u32, u16>(&words),
        &[1, 0, 0xFFFF, 0xFFFF, 0, 0, 0, 2]
    );
    let mut buf = Aligned::<16>::new();
    assert_eq!(
        try_cast_slice_mut::<u8, u16>(&mut buf.0[1..3]),
        Err(TargetAlignmentGreaterAndInputNotAligned)
    );
    assert_eq!(
        try_cast_slice_mut::<u8, u64>(&mut buf.0[..12]),
        Err(OutputSliceWouldHaveSlop)
    );
}

#[test]
#[should_panic(expected = "vouch::cast_slice_mut failed: the input is not aligned")]
fn cast_slice_mut_panics() {
    let mut buf = Aligned::<16>::new();
    let _: &mut [u64] = cast_slice_mut(&mut buf.0[1..9]);
}

#[test]
fn pod_cast_error_describes_each_failure() {
    let all = [
        TargetAlignmentGreaterAndInputNotAligned,
        OutputSliceWouldHaveSlop,
        SizeMismatch,
        AlignmentMismatch,
    ];
    let messages: Vec<String> = all.iter().map(ToString::to_string).collect();
    for (i, message) in messages.iter().enumerate() {
        assert!(!message.is_empty());
        assert!(messages[..i].iter().all(|other| other != message));
    }
    assert!(messages[1].contains("slop"));
    assert!(messages[3].contains("alignment"));
    let error: &dyn core::error::Error = &SizeMismatch;
    assert!(error.source().is_none());
    let copy: PodCastError = all[0];
    assert_eq!(
        format!("{copy:?}"),
        "TargetAlignmentGreaterAndInputNotAligned"
    );
}
