#[derive(Clone, Copy, vouch::NoUninit)]
#[repr(u8)]
enum Message {
    Quit,
    Move(u32),
}

fn main() {}
