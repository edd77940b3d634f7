// Generic, and some argument leaves padding: refused at the derive, in
// `cargo check`, so that the impl holds for every instantiation.
// Fields that do not mention the parameter are measured on one instance, and
// padding among them is reported like in a concrete struct.
use core::marker::PhantomData;

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Typed<T: vouch::Pod> {
    kind: u8,
    id: u32,
    _marker: PhantomData<T>,
}

fn main() {}
