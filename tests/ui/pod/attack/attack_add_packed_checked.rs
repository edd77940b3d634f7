// An attribute macro after the derive packs the struct: the `Bits` struct
// the derive generated is not packed, and the asserted layouts differ.
#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[vouch_attack_macros::add_repr(packed)]
#[repr(C)]
struct Record {
    flag: bool,
    value: u32,
}

fn main() {}
