// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
// A generic `CheckedBitPattern` struct with fields of different types, one
// naming the parameter. Were it accepted, an attribute after the derive
// could make it `repr(Rust)`: the probe `S<u64>` keeps the declared order,
// but `S<bool>` puts `a` first, and the `bool` would be validated at the
// offset of `a`'s low byte. The derive refuses the shape.
#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[vouch_attack_macros::swap_type(C, Rust)]
#[repr(C)]
struct S<T: vouch::CheckedBitPattern> {
    t: T,
    a: u32,
}

fn main() {
    let _ = vouch::checked::try_from_bytes::<S<u8>>(&[0_u8; 8]);
}
