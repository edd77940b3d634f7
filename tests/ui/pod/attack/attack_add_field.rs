// An attribute macro after the derive adds a zero-sized, uninhabited field:
// no size changes, but the exhaustive pattern over the fields the derive saw
// no longer matches the real struct.
#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch_attack_macros::retype_last_field(u32, never: core::convert::Infallible)]
#[repr(C)]
struct Header {
    len: u32,
    kind: u32,
}

fn main() {}
