#[derive(Clone, Copy, vouch::Contiguous)]
enum Level {
    Low,
    High,
}

fn main() {}
