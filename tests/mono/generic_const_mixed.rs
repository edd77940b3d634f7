// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
// The padding after `len` depends on `N`: rejected, not left to a later
// monomorphization.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Block<const N: usize> {
    len: u32,
    data: [u8; N],
}

fn main() {
    let _ = vouch::bytes_of(&Block::<1> { len: 0, data: [0] });
}
