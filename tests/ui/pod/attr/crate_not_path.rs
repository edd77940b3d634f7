#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch(crate = 1)]
struct Header {
    len: u32,
}

fn main() {}
