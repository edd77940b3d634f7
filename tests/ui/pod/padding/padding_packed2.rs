#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, packed(2))]
struct Header {
    kind: u8,
    len: u32,
}

fn main() {}
