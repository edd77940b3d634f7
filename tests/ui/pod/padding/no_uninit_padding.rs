#[derive(Clone, Copy, vouch::NoUninit)]
#[repr(C)]
struct Flags {
    on: bool,
    count: u32,
}

fn main() {}
