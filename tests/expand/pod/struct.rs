#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Header {
    len: u32,
    kind: u16,
    _pad: [u8; 2],
}

fn main() {}
