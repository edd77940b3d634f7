#[derive(Clone, Copy, vouch::AnyBitPattern)]
#[repr(u8)]
enum Level {
    Low,
    High,
}

fn main() {}
