#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(C)]
struct Node {
    value: u32,
    next: *const u8,
}

fn main() {}
