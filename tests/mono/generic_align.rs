// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, align(16))]
struct Vec3<T: vouch::Pod> {
    x: T,
    y: T,
    z: T,
}

fn main() {
    let _ = vouch::bytes_of(&Vec3::<u8> { x: 0, y: 0, z: 0 });
}
