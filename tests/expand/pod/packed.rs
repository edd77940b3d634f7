#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, packed)]
struct Packed {
    tag: u8,
    value: u64,
}

fn main() {}
