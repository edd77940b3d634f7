#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Header {
    len: u32,
    kind: u8,
}

fn main() {}
