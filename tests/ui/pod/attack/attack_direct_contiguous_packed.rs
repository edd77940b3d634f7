// A hand call of `pod_proof!` for `Contiguous` on a packed struct around a
// two-variant enum, with constants for variants: it has the size of `u16`
// but alignment 1, and `Contiguous` promises the integer's alignment too.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
enum Inner {
    A,
    B,
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
struct Level(Inner);

impl Level {
    const LOW: Self = Self(Inner::A);
    const HIGH: Self = Self(Inner::B);
}

vouch::pod_proof!(fieldless Contiguous [] [Level] [] [u16]
    Level [check (arg) < PROOF] { LOW, HIGH });

fn main() {}
