#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Header {
    r#type: u8,
    len: u32,
}

fn main() {}
