#[derive(Clone, Copy, vouch::AnyBitPattern)]
#[repr(C)]
struct Reading {
    value: u32,
    valid: bool,
}

fn main() {}
