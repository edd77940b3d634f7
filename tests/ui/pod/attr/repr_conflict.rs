#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(u8, u16)]
enum Level {
    Low,
    High,
}

fn main() {}
