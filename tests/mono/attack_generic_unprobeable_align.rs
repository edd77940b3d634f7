// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
// A generic struct whose fields share one type `T`, with a bound `u8` does
// not implement: no instance of it can be measured, so an attribute macro
// after the derive adding `align(16)` (and trailing padding) would go
// unseen. The derive refuses the bound instead of trusting the `repr`.
pub trait Unit {}

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch_attack_macros::add_repr(align(16))]
#[repr(C)]
struct Vec3<T: vouch::Pod + Unit> {
    x: T,
    y: T,
    z: T,
}

impl Unit for u8 {}

fn main() {
    let _ = vouch::bytes_of(&Vec3::<u8> { x: 0, y: 0, z: 0 });
}
