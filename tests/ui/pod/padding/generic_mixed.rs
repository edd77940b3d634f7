// Generic, and some argument leaves padding: refused at the derive, in
// `cargo check`, so that the impl holds for every instantiation.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Tagged<T: vouch::Pod> {
    tag: u8,
    value: T,
}

fn main() {}
