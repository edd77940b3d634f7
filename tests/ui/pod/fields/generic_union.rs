#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
union Either<T: vouch::Pod> {
    left: T,
    right: u32,
}

fn main() {}
