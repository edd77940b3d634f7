#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(C)]
union Value {
    int: u32,
    flag: bool,
}

fn main() {}
