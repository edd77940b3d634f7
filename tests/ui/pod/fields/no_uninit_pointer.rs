#[derive(Clone, Copy, vouch::NoUninit)]
#[repr(C)]
struct Node {
    next: *const u8,
}

fn main() {}
