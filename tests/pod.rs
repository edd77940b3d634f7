//! Runtime tests of the pod capability (Miri runs these).
//!
//! Every cast function is tested on its success path and on each of its
//! failure paths; the panicking forms are tested for their message.

#[path = "pod/allocation.rs"]
mod allocation;
#[path = "pod/cast.rs"]
mod cast;
#[path = "pod/checked.rs"]
mod checked;
#[path = "pod/must.rs"]
mod must;
#[path = "pod/proof_reads.rs"]
mod proof_reads;
#[path = "pod/traits.rs"]
mod traits;

/// A byte buffer at an address that is a multiple of 16, so that
/// `&buf.0[1..]` is misaligned for every type whose alignment is above 1.
#[repr(C, align(16))]
struct Aligned<const N: usize>([u8; N]);

impl<const N: usize> Aligned<N> {
    fn new() -> Self {
        let mut bytes = [0_u8; N];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = u8::try_from(i % 251).unwrap();
        }
        Self(bytes)
    }
}

/// Slice lengths for the larger tests: long enough to cross the checked
/// validation's block boundary, short enough for Miri.
const LONG: usize = if cfg!(miri) { 1_100 } else { 100_000 };
