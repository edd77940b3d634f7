//! `vouch::checked`: casts into `bool`, `char`, `NonZero*` and other
//! `CheckedBitPattern` types.

use super::{Aligned, LONG};
use core::num::{NonZeroI16, NonZeroU8, NonZeroU32, NonZeroU64};
use vouch::PodCastError::{
    OutputSliceWouldHaveSlop, SizeMismatch, TargetAlignmentGreaterAndInputNotAligned,
};
use vouch::checked::{self, CheckedCastError, CheckedCastError::InvalidBitPattern};

fn pod(error: vouch::PodCastError) -> CheckedCastError {
    CheckedCastError::PodCastError(error)
}

#[test]
fn from_bytes_bool() {
    assert_eq!(checked::try_from_bytes::<bool>(&[0]), Ok(&false));
    assert_eq!(checked::try_from_bytes::<bool>(&[1]), Ok(&true));
    assert_eq!(
        checked::try_from_bytes::<bool>(&[2]),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_from_bytes::<bool>(&[0xFF]),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_from_bytes::<bool>(&[1, 1]),
        Err(pod(SizeMismatch))
    );
    assert!(checked::from_bytes::<bool>(&[1]));
    // An `AnyBitPattern` type passes every check.
    assert_eq!(checked::try_from_bytes::<u8>(&[7]), Ok(&7));
}

#[test]
fn from_bytes_char_alignment() {
    let mut buf = Aligned::<8>::new();
    buf.0[..4].copy_from_slice(&u32::from('é').to_ne_bytes());
    assert_eq!(checked::try_from_bytes::<char>(&buf.0[..4]), Ok(&'é'));
    assert_eq!(
        checked::try_from_bytes::<char>(&buf.0[1..5]),
        Err(pod(TargetAlignmentGreaterAndInputNotAligned))
    );
    buf.0[..4].copy_from_slice(&0x11_0000_u32.to_ne_bytes());
    assert_eq!(
        checked::try_from_bytes::<char>(&buf.0[..4]),
        Err(InvalidBitPattern)
    );
}

#[test]
fn from_bytes_mut_bool() {
    let mut bytes = [1_u8];
    *checked::from_bytes_mut::<bool>(&mut bytes) = false;
    assert_eq!(bytes, [0]);
    let mut bad = [5_u8];
    assert_eq!(
        checked::try_from_bytes_mut::<bool>(&mut bad),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_from_bytes_mut::<bool>(&mut []),
        Err(pod(SizeMismatch))
    );
    let mut buf = Aligned::<8>::new();
    buf.0[1..3].copy_from_slice(&7_u16.to_ne_bytes());
    assert_eq!(
        checked::try_from_bytes_mut::<NonZeroI16>(&mut buf.0[1..3]),
        Err(pod(TargetAlignmentGreaterAndInputNotAligned))
    );
}

#[test]
#[should_panic(expected = "vouch::checked::from_bytes failed: invalid bit pattern")]
fn from_bytes_panics_on_invalid() {
    let _: &bool = checked::from_bytes(&[2]);
}

#[test]
#[should_panic(expected = "vouch::checked::from_bytes_mut failed: size mismatch")]
fn from_bytes_mut_panics_on_size() {
    let _: &mut bool = checked::from_bytes_mut(&mut [0, 0]);
}

#[test]
fn pod_read_unaligned_char() {
    let mut buf = Aligned::<8>::new();
    buf.0[1..5].copy_from_slice(&u32::from('z').to_ne_bytes());
    assert_eq!(
        checked::try_pod_read_unaligned::<char>(&buf.0[1..5]),
        Ok('z')
    );
    assert_eq!(checked::pod_read_unaligned::<char>(&buf.0[1..5]), 'z');
    buf.0[1..5].copy_from_slice(&0xD800_u32.to_ne_bytes());
    assert_eq!(
        checked::try_pod_read_unaligned::<char>(&buf.0[1..5]),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_pod_read_unaligned::<char>(&buf.0[1..4]),
        Err(pod(SizeMismatch))
    );
}

#[test]
#[should_panic(expected = "vouch::checked::pod_read_unaligned failed: invalid bit pattern")]
fn pod_read_unaligned_panics() {
    let _: NonZeroU32 = checked::pod_read_unaligned(&[0; 4]);
}

#[test]
fn cast_values() {
    assert_eq!(checked::try_cast::<u32, char>(0x41), Ok('A'));
    assert_eq!(
        checked::try_cast::<u32, char>(0xDFFF),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_cast::<u8, NonZeroU8>(3),
        Ok(NonZeroU8::new(3).unwrap())
    );
    assert_eq!(
        checked::try_cast::<u8, NonZeroU8>(0),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_cast::<u16, NonZeroU8>(1),
        Err(pod(SizeMismatch))
    );
    assert_eq!(
        checked::try_cast::<i16, NonZeroI16>(0),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_cast::<i16, NonZeroI16>(-1),
        Ok(NonZeroI16::new(-1).unwrap())
    );
    assert!(checked::cast::<u8, bool>(1));
    assert_eq!(checked::try_cast::<[u8; 2], [u8; 2]>([1, 2]), Ok([1, 2]));
}

#[test]
#[should_panic(expected = "vouch::checked::cast failed: invalid bit pattern")]
fn cast_panics() {
    let _: bool = checked::cast(2_u8);
}

#[test]
fn cast_ref_and_mut() {
    let byte = 1_u8;
    assert_eq!(checked::try_cast_ref::<u8, bool>(&byte), Ok(&true));
    assert!(*checked::cast_ref::<u8, bool>(&byte));
    assert_eq!(
        checked::try_cast_ref::<u8, bool>(&9),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_cast_ref::<u16, bool>(&1),
        Err(pod(SizeMismatch))
    );
    let buf = Aligned::<8>::new();
    let misaligned: &[u8; 4] = vouch::from_bytes(&buf.0[1..5]);
    assert_eq!(
        checked::try_cast_ref::<[u8; 4], char>(misaligned),
        Err(pod(TargetAlignmentGreaterAndInputNotAligned))
    );

    let mut word = 0x61_u32;
    let c: &mut char = checked::cast_mut(&mut word);
    *c = 'b';
    assert_eq!(word, 0x62);
    word = 0xFFFF_FFFF;
    assert_eq!(
        checked::try_cast_mut::<u32, char>(&mut word),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_cast_mut::<u32, bool>(&mut word),
        Err(pod(SizeMismatch))
    );
}

#[test]
#[should_panic(expected = "vouch::checked::cast_ref failed: invalid bit pattern")]
fn cast_ref_panics() {
    let _: &NonZeroU64 = checked::cast_ref(&0_u64);
}

#[test]
#[should_panic(expected = "vouch::checked::cast_mut failed: invalid bit pattern")]
fn cast_mut_panics() {
    let _: &mut bool = checked::cast_mut(&mut 3_u8);
}

#[test]
fn cast_slice_valid_and_invalid() {
    let bytes = [0_u8, 1, 1, 0];
    assert_eq!(
        checked::cast_slice::<u8, bool>(&bytes),
        &[false, true, true, false]
    );
    assert_eq!(
        checked::try_cast_slice::<u8, bool>(&[0, 2]),
        Err(InvalidBitPattern)
    );
    assert_eq!(checked::try_cast_slice::<u8, bool>(&[]), Ok(&[][..]));
    assert_eq!(
        checked::try_cast_slice::<u32, char>(&[0x61, 0x62]),
        Ok(&['a', 'b'][..])
    );
    assert_eq!(
        checked::try_cast_slice::<u32, char>(&[0x61, 0xD800]),
        Err(InvalidBitPattern)
    );
    assert_eq!(
        checked::try_cast_slice::<u64, NonZeroU64>(&[1, 0, 1]),
        Err(InvalidBitPattern)
    );
}

#[test]
fn cast_slice_layout_failures() {
    let buf = Aligned::<16>::new();
    assert_eq!(
        checked::try_cast_slice::<u8, char>(&buf.0[1..5]),
        Err(pod(TargetAlignmentGreaterAndInputNotAligned))
    );
    assert_eq!(
        checked::try_cast_slice::<u8, NonZeroU32>(&buf.0[4..10]),
        Err(pod(OutputSliceWouldHaveSlop))
    );
    assert_eq!(
        checked::try_cast_slice::<u8, ()>(&[1]),
        Err(pod(SizeMismatch))
    );
}

/// An invalid element anywhere (first block, a block boundary, the
/// remainder after the last full block) is found.
#[test]
fn cast_slice_long_finds_every_invalid_position() {
    let mut bytes = vec![1_u8; LONG];
    assert_eq!(
        checked::try_cast_slice::<u8, bool>(&bytes).map(<[bool]>::len),
        Ok(LONG)
    );
    for at in [0, 1, 31, 32, 1023, 1024, 1025, LONG / 2, LONG - 1] {
        bytes[at] = 2;
        assert_eq!(
            checked::try_cast_slice::<u8, bool>(&bytes),
            Err(InvalidBitPattern),
            "invalid byte at {at}"
        );
        bytes[at] = 0;
    }
    let falses = checked::cast_slice::<u8, bool>(&bytes)
        .iter()
        .filter(|&&b| !b)
        .count();
    assert_eq!(falses, 9);

    let mut scalars: Vec<u32> = (0..u32::try_from(LONG).unwrap())
        .map(|i| i % 0xD000)
        .collect();
    assert_eq!(
        checked::try_cast_slice::<u32, char>(&scalars).map(<[char]>::len),
        Ok(LONG)
    );
    scalars[LONG - 3] = 0x11_0000;
    assert_eq!(
        checked::try_cast_slice::<u32, char>(&scalars),
        Err(InvalidBitPattern)
    );
}

#[test]
fn cast_slice_zero_sized() {
    let units = [(); 4];
    assert_eq!(
        checked::try_cast_slice::<(), ()>(&units).map(<[()]>::len),
        Ok(4)
    );
    assert_eq!(
        checked::try_cast_slice::<(), bool>(&units),
        Err(pod(SizeMismatch))
    );
}

#[test]
#[should_panic(expected = "vouch::checked::cast_slice failed: invalid bit pattern")]
fn cast_slice_panics() {
    let _: &[bool] = checked::cast_slice(&[0_u8, 1, 2]);
}

#[test]
fn cast_slice_mut_valid_and_invalid() {
    let mut bytes = [0_u8, 1, 0];
    let flags: &mut [bool] = checked::cast_slice_mut(&mut bytes);
    flags[0] = true;
    assert_eq!(bytes, [1, 1, 0]);
    let mut bad = [0_u8, 7];
    assert_eq!(
        checked::try_cast_slice_mut::<u8, bool>(&mut bad),
        Err(InvalidBitPattern)
    );
    let mut buf = Aligned::<16>::new();
    assert_eq!(
        checked::try_cast_slice_mut::<u8, NonZeroU32>(&mut buf.0[1..5]),
        Err(pod(TargetAlignmentGreaterAndInputNotAligned))
    );
}

#[test]
#[should_panic(
    expected = "vouch::checked::cast_slice_mut failed: the output slice would have slop"
)]
fn cast_slice_mut_panics() {
    let mut buf = Aligned::<8>::new();
    let _: &mut [char] = checked::cast_slice_mut(&mut buf.0[..6]);
}

#[test]
fn option_of_nonzero_is_pod() {
    let raw = [0_u32, 5, 0];
    let options: &[Option<NonZeroU32>] = vouch::cast_slice(&raw);
    assert_eq!(options, &[None, NonZeroU32::new(5), None]);
    // Through the checked path as well: every pattern passes.
    assert_eq!(
        checked::try_cast_slice::<u32, Option<NonZeroU32>>(&raw).map(<[_]>::len),
        Ok(3)
    );
    assert_eq!(
        checked::try_cast_slice::<u32, NonZeroU32>(&raw),
        Err(InvalidBitPattern)
    );
}

#[test]
fn checked_cast_error_display_and_source() {
    use core::error::Error as _;
    let invalid = CheckedCastError::InvalidBitPattern;
    assert!(invalid.to_string().starts_with("invalid bit pattern"));
    assert!(invalid.source().is_none());
    let layout = CheckedCastError::from(SizeMismatch);
    assert_eq!(layout, pod(SizeMismatch));
    assert_eq!(layout.to_string(), SizeMismatch.to_string());
    assert_eq!(
        layout.source().map(ToString::to_string),
        Some(SizeMismatch.to_string())
    );
}
