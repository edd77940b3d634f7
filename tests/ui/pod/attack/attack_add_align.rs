// An attribute macro after the derive adds `align(16)`, which adds trailing
// padding the derive never saw.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch_attack_macros::add_repr(align(16))]
#[repr(C)]
struct Header {
    len: u32,
    kind: u32,
}

fn main() {}
