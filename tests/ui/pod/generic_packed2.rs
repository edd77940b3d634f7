#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C, packed(2))]
struct Tagged<T: vouch::Pod> {
    tag: u16,
    value: T,
}

fn main() {}
