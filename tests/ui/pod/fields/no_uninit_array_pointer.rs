// An array field is checked by its element: here a pointer, which a
// `NoUninit` type may not hold.
#[derive(Clone, Copy, vouch::NoUninit)]
#[repr(C)]
struct Links {
    next: [*const u8; 2],
}

fn main() {}
