// The zero variant of a generic enum must be zeroable for every argument.
#[derive(Clone, Copy, vouch::Zeroable)]
#[repr(u8)]
enum Slot<T: Copy> {
    Free(T),
    Taken,
}

fn main() {}
