#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
struct Header {
    len: u32,
    kind: u32,
}

fn main() {}
