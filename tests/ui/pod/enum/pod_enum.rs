#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(u8)]
enum Level {
    Low,
    High,
}

fn main() {}
