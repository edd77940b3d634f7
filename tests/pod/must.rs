//! The build-time-checked `must_cast` family, zeroing in place, and
//! `pod_align_to`.

use super::Aligned;
use core::mem::MaybeUninit;
use vouch::{
    fill_zeroes, must_cast, must_cast_mut, must_cast_ref, must_cast_slice, must_cast_slice_mut,
    pod_align_to, pod_align_to_mut, write_zeroes,
};

#[test]
fn must_cast_values_and_references() {
    assert_eq!(must_cast::<f32, u32>(-0.0), 0x8000_0000);
    assert_eq!(must_cast::<[u16; 2], [u8; 4]>([0, 0]), [0; 4]);
    let word = 0x0A0B_0C0D_u32;
    assert_eq!(must_cast_ref::<u32, [u8; 4]>(&word), &word.to_ne_bytes());
    let mut pair = [0_u16; 2];
    must_cast_mut::<[u16; 2], [u8; 4]>(&mut pair)[3] = 1;
    assert_ne!(pair, [0, 0]);
    let (): () = must_cast(());
}

#[test]
fn must_cast_slices() {
    let pixels = [[1_u8, 2, 3, 4], [5, 6, 7, 8]];
    assert_eq!(
        must_cast_slice::<[u8; 4], u8>(&pixels),
        &[1, 2, 3, 4, 5, 6, 7, 8]
    );
    assert_eq!(must_cast_slice::<[u8; 4], [u8; 2]>(&pixels).len(), 4);
    assert_eq!(must_cast_slice::<u64, u16>(&[0, 0]).len(), 8);
    assert_eq!(must_cast_slice::<(), [u8; 0]>(&[(); 3]).len(), 3);
    assert!(must_cast_slice::<u32, u8>(&[]).is_empty());
    let mut words = [0_u32; 2];
    must_cast_slice_mut::<u32, [u8; 2]>(&mut words)[3] = [0xFF, 0xFF];
    assert_ne!(words[1], 0);
}

#[test]
fn zeroing_in_place() {
    let mut values = [5_u64; 3];
    write_zeroes(&mut values);
    assert_eq!(values, [0; 3]);
    let mut samples = [1.0_f64, 2.0];
    fill_zeroes(&mut samples);
    assert!(samples.iter().all(|x| x.to_bits() == 0));
    let mut none: Option<Box<u8>> = Some(Box::new(1));
    // The old value is dropped (Miri reports a leak otherwise).
    write_zeroes(&mut none);
    assert!(none.is_none());
    let mut boxes = [Some(Box::new(1_u8)), None];
    fill_zeroes(&mut boxes);
    assert!(boxes.iter().all(Option::is_none));
}

#[test]
fn align_to_splits_the_same_bytes() {
    let buf = Aligned::<16>::new();
    let (head, words, tail) = pod_align_to::<u8, u32>(&buf.0[1..]);
    assert_eq!(head.len() + 4 * words.len() + tail.len(), 15);
    if !cfg!(miri) {
        // Miri may refuse to align; a native build at a known address does.
        assert_eq!((head.len(), words.len(), tail.len()), (3, 3, 0));
    }
    let (head, units, tail) = pod_align_to::<u8, ()>(&buf.0);
    assert_eq!((head.len(), units.len(), tail.len()), (16, 0, 0));

    let mut buf = Aligned::<16>::new();
    let (_, words, _) = pod_align_to_mut::<u8, u32>(&mut buf.0[..]);
    words.fill(u32::MAX);
    let filled = words.len();
    let (_, words, _) = pod_align_to::<u8, u32>(&buf.0);
    assert_eq!(words.iter().filter(|&&w| w == u32::MAX).count(), filled);
}

#[test]
fn maybe_uninit_arrays_accept_any_bytes() {
    let buf = Aligned::<4>::new();
    let slots: &[MaybeUninit<u8>; 4] = vouch::from_bytes(&buf.0);
    // SAFETY: the slots were read from initialized bytes.
    assert_eq!(unsafe { slots[2].assume_init() }, 2);
}
