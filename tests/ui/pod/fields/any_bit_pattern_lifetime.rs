#[derive(Clone, Copy, vouch::AnyBitPattern)]
#[repr(C)]
struct View<'a> {
    value: u32,
    _p: core::marker::PhantomData<&'a ()>,
}

fn main() {}
