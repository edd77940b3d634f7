#[derive(vouch::Zeroable)]
#[repr(u8)]
enum Level {
    Low = 1,
    High,
}

fn main() {}
