// A type macro expanding to `u32` in the struct and to `u8` in the `Bits`
// struct the derive generates: the layouts and field types are tied to the
// real struct, so they cannot disagree.
use vouch_attack_macros::flip;

#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(C)]
struct Record {
    value: flip!(),
}

fn main() {}
