#[derive(Clone, Copy, vouch::Pod)]
#[repr(C)]
struct Header {
    len: u32,
}

fn main() {}
