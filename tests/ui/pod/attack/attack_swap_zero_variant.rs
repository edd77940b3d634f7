// An attribute macro after the derive exchanges the names of two variants,
// so the variant the derive picked no longer has discriminant 0: the
// constant that builds it from zeroed fields reads its tag and fails.
use vouch_attack_macros::exchange;

#[derive(vouch::Zeroable)]
#[exchange(Empty, Full)]
#[repr(u8)]
enum Slot {
    Empty(u32),
    Full(u32),
}

fn main() {}
