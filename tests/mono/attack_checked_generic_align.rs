// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
// A generic `CheckedBitPattern` struct; an attribute macro after the derive
// adds `align(16)`, which the `Bits` struct does not have. The layouts are
// compared on the instance `Pair<u64>`.
#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[vouch_attack_macros::add_repr(align(32))]
#[repr(C)]
struct Pair<T: vouch::CheckedBitPattern> {
    a: T,
    b: T,
}

fn main() {
    let _ = vouch::checked::try_from_bytes::<Pair<u8>>(&[0_u8; 32]);
}
