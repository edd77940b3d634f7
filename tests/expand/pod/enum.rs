#[derive(Clone, Copy, vouch::Zeroable, vouch::NoUninit, vouch::CheckedBitPattern, vouch::Contiguous)]
#[repr(u8)]
enum Level {
    Off,
    Low,
    High,
}

fn main() {}
