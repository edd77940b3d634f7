#[derive(Clone, Copy, vouch::Contiguous)]
#[repr(C)]
struct Level(u8);

fn main() {}
