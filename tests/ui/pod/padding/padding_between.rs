#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Header {
    kind: u8,
    len: u32,
}

fn main() {}
