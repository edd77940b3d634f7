// Generic, and some argument leaves padding: refused at the derive, in
// `cargo check`, so that the impl holds for every instantiation.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, align(16))]
struct Vec3<T: vouch::Pod> {
    x: T,
    y: T,
    z: T,
}

fn main() {}
