#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(C, u8)]
enum Message {
    Quit,
    Move(u32),
}

fn main() {}
