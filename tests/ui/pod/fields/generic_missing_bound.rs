#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Vec3<T: Copy + 'static> {
    x: T,
    y: T,
    z: T,
}

fn main() {}
