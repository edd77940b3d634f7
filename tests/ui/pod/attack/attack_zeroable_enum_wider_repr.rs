// The derive sees `#[repr(u8)]` and `A = ZERO`; attribute macros after it
// make the real enum `#[repr(u16)]` with `A = BIG` (256). Read `as u8`, the
// discriminant 256 would pass for 0; read without truncation, it does not.
#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch_attack_macros::swap_type(u8, u16)]
#[vouch_attack_macros::exchange(ZERO, BIG)]
#[repr(u8)]
enum Level {
    A = ZERO,
    B = 1,
}

const ZERO: u16 = 0;
const BIG: u16 = 256;

fn main() {}
