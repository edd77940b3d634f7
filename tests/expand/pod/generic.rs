#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Vec3<T: vouch::Pod> {
    x: T,
    y: [T; 2],
}

fn main() {}
