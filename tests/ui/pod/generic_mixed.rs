#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Tagged<T: vouch::Pod> {
    tag: u8,
    value: T,
}

fn main() {}
