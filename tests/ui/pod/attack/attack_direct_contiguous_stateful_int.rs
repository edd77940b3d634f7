// A hand call of `pod_proof!` for `Contiguous` whose integer is a macro
// that gives `u16` or `u8` in turn: were the integer written at each use,
// the alignment check could see `u8` while the impl says `Int = u16`, for
// a packed type of alignment 1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
enum Inner {
    A,
    B,
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
pub struct Level(Inner);

impl Level {
    const LOW: Self = Self(Inner::A);
    const HIGH: Self = Self(Inner::B);
}

vouch::pod_proof!(fieldless Contiguous [] [Level] [] [vouch_attack_macros::flip!(u16 | u8)] Level [check (arg) < PROOF] { LOW, HIGH });

fn main() {}
