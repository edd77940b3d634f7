#[derive(vouch::TransparentWrapper)]
#[repr(u8)]
enum Level {
    Low,
}

fn main() {}
