#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(Rust)]
struct Header {
    len: u32,
}

fn main() {}
