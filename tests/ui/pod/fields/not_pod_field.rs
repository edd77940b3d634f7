#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Header {
    len: u32,
    flag: bool,
    _pad: [u8; 3],
}

fn main() {}
