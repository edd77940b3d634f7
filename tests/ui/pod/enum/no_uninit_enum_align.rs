// `align(4)` leaves three uninitialized bytes after the one-byte tag, which
// `bytes_of` would read.
#[derive(Clone, Copy, vouch::NoUninit)]
#[repr(u8, align(4))]
enum Level {
    Low,
    High,
}

fn main() {}
