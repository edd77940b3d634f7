// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
// A generic struct accepted because its fields share one type `T`; an
// attribute macro after the derive adds `align(16)`. The proof that relies
// on the `repr` cannot see it, but the constants measuring the instance
// `Vec3<u8>` do.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch_attack_macros::add_repr(align(16))]
#[repr(C)]
struct Vec3<T: vouch::Pod> {
    x: T,
    y: T,
    z: T,
}

fn main() {
    let _ = vouch::bytes_of(&Vec3::<u8> { x: 0, y: 0, z: 0 });
}
