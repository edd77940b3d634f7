#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Slice<'a> {
    len: u32,
    _p: core::marker::PhantomData<&'a u8>,
}

fn main() {}
