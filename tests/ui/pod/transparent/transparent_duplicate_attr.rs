#[derive(vouch::TransparentWrapper)]
#[repr(transparent)]
#[transparent(u32)]
#[transparent(u32)]
struct Wrapper(u32);

fn main() {}
