// An attribute macro after the derive turns the `u32` field into a `bool`:
// the field-bound proof reads the real field, so `bool: Pod` is demanded.
use vouch_attack_macros::swap_type;

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[swap_type(u32, bool)]
#[repr(C)]
struct Header {
    len: u32,
    kind: u32,
}

fn main() {}
