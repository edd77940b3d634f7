#[derive(Clone, Copy, vouch::Contiguous)]
#[repr(u8)]
enum Level {
    Low,
    Custom(u8),
}

fn main() {}
