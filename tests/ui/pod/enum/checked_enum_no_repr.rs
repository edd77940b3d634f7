#[derive(Clone, Copy, vouch::CheckedBitPattern)]
enum Level {
    Low,
    High,
}

fn main() {}
