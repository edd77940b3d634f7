#[derive(Clone, Copy, vouch::Contiguous)]
#[repr(u8)]
enum Level {
    Low = 0,
    High = 2,
}

fn main() {}
