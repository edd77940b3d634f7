// Any byte count is spelled out, however large.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, align(64))]
struct Line {
    tag: u8,
}

fn main() {}
