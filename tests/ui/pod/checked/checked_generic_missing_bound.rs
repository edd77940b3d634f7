#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(C)]
struct Pair<T: Copy> {
    a: T,
    b: T,
}

fn main() {}
