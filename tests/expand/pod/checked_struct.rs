#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(C)]
struct Flagged {
    flag: bool,
    count: u16,
}

fn main() {}
