#[derive(vouch::Zeroable)]
#[repr(u8)]
enum Never {}

fn main() {}
