// Inherent constants named like `Contiguous`'s `MIN_VALUE`/`MAX_VALUE`
// next to an enum whose discriminants leave gaps: the proof computes the
// extremes itself and refuses the gap.
#[derive(Clone, Copy, vouch::Contiguous)]
#[vouch_attack_macros::swap_literal(1, 5)]
#[repr(u8)]
pub enum E {
    A = 0,
    B = 1,
    C = 2,
}

impl E {
    pub const MIN_VALUE: u8 = 0;
    pub const MAX_VALUE: u8 = 2;
}

fn main() {}
