// An attribute macro after the derive renames the constant the zero
// discriminant came from: the proof reads `Level::Off as u8` on the real
// enum, so it sees the new value.
use vouch_attack_macros::swap_type;

const ZERO: u8 = 0;
const ONE: u8 = 1;

#[derive(vouch::Zeroable)]
#[swap_type(ZERO, ONE)]
#[repr(u8)]
enum Level {
    Off = ZERO,
    On = 2,
}

fn main() {}
