// `pod_proof!` called by hand with a one-variant enum's variant as the
// struct name and a `Deref` to a look-alike struct: the proof builds
// `Self { .. }`, which rustc refuses for an enum.
use core::ops::Deref;

#[derive(Clone, Copy)]
#[repr(u8)]
pub enum E {
    V { x: u8 } = 1,
}
use E::V;

pub struct Fake {
    pub x: [u8; 2],
}

static FAKE: Fake = Fake { x: [0; 2] };

impl Deref for E {
    type Target = Fake;
    fn deref(&self) -> &Fake {
        &FAKE
    }
}

vouch::pod_proof!(struct Zeroable [] [E] [] V [check (sizes) < PROOF] { x: [u8; 2] });

fn main() {}
