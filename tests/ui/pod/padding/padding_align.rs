#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, align(8))]
struct Header {
    len: u32,
}

fn main() {}
