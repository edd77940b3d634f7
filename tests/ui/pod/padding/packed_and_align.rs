#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, packed, align(4))]
struct Header {
    len: u8,
}

fn main() {}
