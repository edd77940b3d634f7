// A type macro that expands to `u32`, then `u8`, then `u32`...: the field's
// real type is whatever the struct got, and the proofs measure that one.
use vouch_attack_macros::flip;

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Header {
    len: u32,
    kind: flip!(),
    more: flip!(),
}

fn main() {}
