// A generic `CheckedBitPattern` struct with a bound `u64` does not
// implement; an attribute macro after the derive swaps the names of `a` and
// `b`, so the `Bool` field would be validated at the offset of the `u8`.
// Without an instance to compare the layouts on, the derive refuses.
pub trait Unit {}

#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[vouch_attack_macros::exchange(a, b)]
#[repr(C)]
struct Pair<T: vouch::CheckedBitPattern + Unit> {
    a: bool,
    b: u8,
    rest: T,
}

fn main() {}
