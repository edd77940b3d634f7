// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Tagged<T: vouch::Pod> {
    tag: u8,
    value: T,
}

fn main() {
    let _ = vouch::bytes_of(&Tagged::<u32> { tag: 0, value: 0 });
}
