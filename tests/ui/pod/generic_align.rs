#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, align(16))]
struct Vec3<T: vouch::Pod> {
    x: T,
    y: T,
    z: T,
}

fn main() {}
