// An attribute macro after the derive shrinks a field (`u64` to `u8`),
// which opens padding the derive never saw: the layout constants measure the
// real struct and name the field.
use vouch_attack_macros::swap_type;

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[swap_type(u64, u8)]
#[repr(C)]
struct Header {
    len: u64,
    kind: u32,
    flags: u32,
}

fn main() {}
