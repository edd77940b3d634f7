//! `vouch::allocation`: casts of `Box` and `Vec`, and zeroed allocations.

use core::num::NonZeroU8;
use vouch::PodCastError::{AlignmentMismatch, OutputSliceWouldHaveSlop, SizeMismatch};
use vouch::allocation::{
    cast_box, cast_slice_box, cast_vec, pod_collect_to_vec, try_cast_box, try_cast_slice_box,
    try_cast_vec, try_zeroed_box, try_zeroed_slice_box, try_zeroed_vec, zeroed_box,
    zeroed_slice_box, zeroed_vec,
};

#[test]
fn zeroed_boxes() {
    let table: Box<[u64; 64]> = zeroed_box();
    assert!(table.iter().all(|&x| x == 0));
    let option: Box<Option<NonZeroU8>> = try_zeroed_box().unwrap();
    assert_eq!(*option, None);
    let unit: Box<()> = zeroed_box();
    assert_eq!(*unit, ());
    let unit_again: Box<[u32; 0]> = try_zeroed_box().unwrap();
    assert!(unit_again.is_empty());
}

#[test]
fn zeroed_slices_and_vecs() {
    let rows: Box<[[u16; 3]]> = zeroed_slice_box(5);
    assert_eq!(&*rows, &[[0; 3]; 5]);
    assert!(zeroed_slice_box::<u32>(0).is_empty());
    assert_eq!(zeroed_slice_box::<()>(7).len(), 7);
    // Zero-sized elements cost nothing, however many.
    assert_eq!(zeroed_slice_box::<[u64; 0]>(usize::MAX).len(), usize::MAX);
    assert_eq!(zeroed_vec::<()>(usize::MAX).len(), usize::MAX);
    assert_eq!(
        try_zeroed_slice_box::<bool>(3).as_deref(),
        Ok(&[false; 3][..])
    );

    let samples: Vec<f32> = zeroed_vec(4);
    assert_eq!(samples, [0.0; 4]);
    assert_eq!(samples.capacity(), 4);
    let mut grows: Vec<u8> = try_zeroed_vec(2).unwrap();
    grows.push(1);
    assert_eq!(grows, [0, 0, 1]);
    assert!(zeroed_vec::<u64>(0).is_empty());
    assert_eq!(zeroed_vec::<()>(3).len(), 3);
}

#[test]
fn zeroed_size_overflow() {
    assert_eq!(try_zeroed_slice_box::<u16>(usize::MAX), Err(()));
    assert_eq!(try_zeroed_vec::<u64>(usize::MAX / 4), Err(()));
}

#[test]
#[should_panic(expected = "vouch::allocation::zeroed_vec failed: capacity overflow")]
fn zeroed_vec_panics_on_overflow() {
    let _: Vec<u32> = zeroed_vec(usize::MAX);
}

#[test]
#[should_panic(expected = "vouch::allocation::zeroed_slice_box failed: capacity overflow")]
fn zeroed_slice_box_panics_on_overflow() {
    let _: Box<[u16]> = zeroed_slice_box(usize::MAX);
}

#[test]
fn cast_box_success() {
    let bits: Box<u32> = cast_box(Box::new(1.0_f32));
    assert_eq!(*bits, 0x3F80_0000);
    let bytes: Box<[u8; 4]> = try_cast_box(Box::new([1_u8, 2, 3, 4])).unwrap();
    assert_eq!(*bytes, [1, 2, 3, 4]);
    let unit: Box<[u8; 0]> = cast_box(Box::new(()));
    assert!(unit.is_empty());
}

#[test]
fn cast_box_failures_hand_back_the_input() {
    let (error, original) = try_cast_box::<u32, [u8; 4]>(Box::new(7)).unwrap_err();
    assert_eq!(error, AlignmentMismatch);
    assert_eq!(*original, 7);
    let (error, original) = try_cast_box::<[u8; 4], [u8; 2]>(Box::new([9; 4])).unwrap_err();
    assert_eq!(error, SizeMismatch);
    assert_eq!(*original, [9; 4]);
    let (error, _) = try_cast_box::<(), u8>(Box::new(())).unwrap_err();
    assert_eq!(error, SizeMismatch);
}

#[test]
#[should_panic(expected = "vouch::allocation::cast_box failed: alignment mismatch")]
fn cast_box_panics() {
    let _: Box<u16> = cast_box(Box::new([0_u8; 2]));
}

#[test]
fn cast_slice_box_success() {
    let pairs: Box<[[u8; 2]]> = vec![[1, 2], [3, 4]].into_boxed_slice();
    let bytes: Box<[u8]> = cast_slice_box(pairs);
    assert_eq!(&*bytes, &[1, 2, 3, 4]);
    let triples: Box<[[u8; 3]]> = try_cast_slice_box(vec![0_u8; 6].into_boxed_slice()).unwrap();
    assert_eq!(triples.len(), 2);
    let words: Box<[f32]> = cast_slice_box(vec![0_u32; 3].into_boxed_slice());
    assert_eq!(&*words, &[0.0; 3]);
    let empty: Box<[[u8; 2]]> = cast_slice_box(Vec::<u8>::new().into_boxed_slice());
    assert!(empty.is_empty());
    let units: Box<[[u8; 0]]> = cast_slice_box(vec![(); 3].into_boxed_slice());
    assert_eq!(units.len(), 3);
}

#[test]
fn cast_slice_box_failures_hand_back_the_input() {
    let (error, original) =
        try_cast_slice_box::<u8, [u8; 2]>(vec![1, 2, 3].into_boxed_slice()).unwrap_err();
    assert_eq!(error, OutputSliceWouldHaveSlop);
    assert_eq!(&*original, &[1, 2, 3]);
    let (error, original) =
        try_cast_slice_box::<u8, u16>(vec![1, 2].into_boxed_slice()).unwrap_err();
    assert_eq!(error, AlignmentMismatch);
    assert_eq!(&*original, &[1, 2]);
    let (error, _) = try_cast_slice_box::<u8, ()>(vec![1].into_boxed_slice()).unwrap_err();
    assert_eq!(error, SizeMismatch);
}

#[test]
#[should_panic(
    expected = "vouch::allocation::cast_slice_box failed: the output slice would have slop"
)]
fn cast_slice_box_panics() {
    let _: Box<[[u8; 4]]> = cast_slice_box(vec![0_u8; 5].into_boxed_slice());
}

#[test]
fn cast_vec_success() {
    let words: Vec<u32> = vec![1, 2, 3];
    let floats: Vec<f32> = cast_vec(words);
    assert_eq!(floats.len(), 3);
    let mut bytes: Vec<u8> = Vec::with_capacity(6);
    bytes.extend_from_slice(&[1, 2, 3, 4]);
    let pairs: Vec<[u8; 2]> = try_cast_vec(bytes).unwrap();
    assert_eq!(pairs, [[1, 2], [3, 4]]);
    assert_eq!(pairs.capacity(), 3);
    let mut back: Vec<u8> = cast_vec(pairs);
    assert_eq!(back.capacity(), 6);
    back.push(5);
    assert_eq!(back, [1, 2, 3, 4, 5]);
    let units: Vec<[u8; 0]> = cast_vec(vec![(); 2]);
    assert_eq!(units.len(), 2);
}

#[test]
fn cast_vec_failures_hand_back_the_input() {
    let (error, original) = try_cast_vec::<u8, [u8; 2]>(vec![1, 2, 3]).unwrap_err();
    assert_eq!(error, OutputSliceWouldHaveSlop);
    assert_eq!(original, [1, 2, 3]);
    // The length divides, the capacity does not.
    let mut odd_capacity: Vec<u8> = Vec::with_capacity(5);
    odd_capacity.extend_from_slice(&[1, 2, 3, 4]);
    assert_eq!(odd_capacity.capacity(), 5);
    let (error, original) = try_cast_vec::<u8, [u8; 2]>(odd_capacity).unwrap_err();
    assert_eq!(error, OutputSliceWouldHaveSlop);
    assert_eq!((original.len(), original.capacity()), (4, 5));
    let (error, original) = try_cast_vec::<u32, [u8; 4]>(vec![7]).unwrap_err();
    assert_eq!(error, AlignmentMismatch);
    assert_eq!(original, [7]);
    let (error, _) = try_cast_vec::<u8, ()>(Vec::new()).unwrap_err();
    assert_eq!(error, SizeMismatch);
}

#[test]
#[should_panic(expected = "vouch::allocation::cast_vec failed: alignment mismatch")]
fn cast_vec_panics() {
    let _: Vec<u64> = cast_vec(vec![[0_u8; 8]]);
}

#[test]
fn collect_to_vec_copies_at_any_alignment() {
    let bytes = [1_u8, 0, 2, 0, 3];
    let words: Vec<u16> = pod_collect_to_vec(&bytes[..4]);
    assert_eq!(
        words,
        [u16::from_ne_bytes([1, 0]), u16::from_ne_bytes([2, 0])]
    );
    // The last element is padded with zeroes.
    let padded: Vec<u32> = pod_collect_to_vec(&bytes[1..]);
    assert_eq!(padded, [u32::from_ne_bytes([0, 2, 0, 3])]);
    let partial: Vec<u32> = pod_collect_to_vec(&bytes[..1]);
    assert_eq!(partial, [u32::from_ne_bytes([1, 0, 0, 0])]);
    assert!(pod_collect_to_vec::<(), u8>(&[(); 3]).is_empty());
    assert!(pod_collect_to_vec::<u8, ()>(&bytes).is_empty());
}

#[test]
fn rc_and_arc_casts() {
    use std::rc::Rc;
    use std::sync::Arc;
    use vouch::allocation::{
        cast_arc, cast_rc, cast_slice_arc, cast_slice_rc, try_cast_arc, try_cast_rc,
        try_cast_slice_arc, try_cast_slice_rc,
    };

    let shared = Rc::new(1.0_f32);
    let other = Rc::clone(&shared);
    let bits: Rc<u32> = cast_rc(shared);
    assert_eq!(*bits, 0x3F80_0000);
    assert_eq!(Rc::strong_count(&bits), 2);
    drop(other);
    let (error, back) = try_cast_rc::<u32, u16>(bits).unwrap_err();
    assert_eq!(error, AlignmentMismatch);
    assert_eq!(*back, 0x3F80_0000);
    let (error, _) = try_cast_rc::<[u8; 2], u8>(Rc::new([1, 2])).unwrap_err();
    assert_eq!(error, SizeMismatch);

    let bytes: Rc<[u8]> = Rc::from(&[1_u8, 2, 3, 4][..]);
    let pairs: Rc<[[u8; 2]]> = cast_slice_rc(bytes);
    assert_eq!(&*pairs, &[[1, 2], [3, 4]]);
    let (error, _) = try_cast_slice_rc::<[u8; 2], [u8; 3]>(pairs).unwrap_err();
    assert_eq!(error, OutputSliceWouldHaveSlop);

    let words: Arc<u64> = cast_arc(Arc::new(0_i64));
    assert_eq!(*words, 0);
    let (error, _) = try_cast_arc::<u64, [u8; 8]>(words).unwrap_err();
    assert_eq!(error, AlignmentMismatch);
    let floats: Arc<[f32]> = cast_slice_arc(Arc::from(&[0_u32, 0][..]));
    assert_eq!(floats.len(), 2);
    let (error, _) = try_cast_slice_arc::<f32, u16>(floats).unwrap_err();
    assert_eq!(error, AlignmentMismatch);
}

#[test]
#[should_panic(
    expected = "vouch::allocation::cast_slice_rc failed: the output slice would have slop"
)]
fn cast_slice_rc_panics() {
    let _: std::rc::Rc<[[u8; 2]]> =
        vouch::allocation::cast_slice_rc(std::rc::Rc::from(&[1_u8][..]));
}

#[test]
fn zeroed_rc_and_arc() {
    use vouch::allocation::{zeroed_arc, zeroed_arc_slice, zeroed_rc, zeroed_rc_slice};

    let table: std::rc::Rc<[u32; 64]> = zeroed_rc();
    assert!(table.iter().all(|&x| x == 0));
    let none: std::sync::Arc<Option<NonZeroU8>> = zeroed_arc();
    assert_eq!(*none, None);
    let rows: std::rc::Rc<[[u8; 3]]> = zeroed_rc_slice(4);
    assert_eq!(&*rows, &[[0; 3]; 4]);
    let flags: std::sync::Arc<[bool]> = zeroed_arc_slice(5);
    assert_eq!(&*flags, &[false; 5]);
    assert!(zeroed_rc_slice::<u64>(0).is_empty());
    assert_eq!(zeroed_arc_slice::<()>(3).len(), 3);
    let (): () = *zeroed_rc::<()>();
}

#[test]
#[should_panic(expected = "vouch::allocation::cast_rc failed: size mismatch")]
fn cast_rc_panics() {
    let _: std::rc::Rc<[u8; 2]> = vouch::allocation::cast_rc(std::rc::Rc::new([0_u8; 4]));
}

#[test]
#[should_panic(expected = "vouch::allocation::cast_arc failed: alignment mismatch")]
fn cast_arc_panics() {
    let _: std::sync::Arc<[u8; 4]> = vouch::allocation::cast_arc(std::sync::Arc::new(0_u32));
}

#[test]
#[should_panic(expected = "vouch::allocation::cast_slice_arc failed: size mismatch")]
fn cast_slice_arc_panics() {
    let _: std::sync::Arc<[()]> =
        vouch::allocation::cast_slice_arc(std::sync::Arc::from(&[1_u8][..]));
}
