// An attribute macro after the derive adds a one-byte field to the union:
// `U { small: 1 }` would leave three bytes uninitialized for `bytes_of` to
// read. No pattern can prove a union has only the fields the derive saw, so
// the derive refuses attributes it does not know to be inert.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch_attack_macros::retype_last_field(u32, small: u8)]
#[repr(C)]
union Word {
    int: u32,
    float: u32,
}

fn main() {}
