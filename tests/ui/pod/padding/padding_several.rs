// Every gap is reported at once, each at the field it follows.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Header {
    a: u8,
    b: u16,
    c: u8,
    d: u64,
    e: u8,
}

fn main() {}
