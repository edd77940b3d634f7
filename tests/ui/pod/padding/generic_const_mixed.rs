// Generic, and some argument leaves padding: refused at the derive, in
// `cargo check`, so that the impl holds for every instantiation.
// The padding after `len` depends on `N`: rejected, not left to a later
// monomorphization.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Block<const N: usize> {
    len: u32,
    data: [u8; N],
}

fn main() {}
