// A generic struct accepted because no field names `T`; an attribute macro
// after the derive makes the last field a `T`. The proof that each field has
// the concrete type written fails.
use core::marker::PhantomData;

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch_attack_macros::retype_last_field(T)]
#[repr(C)]
struct Typed<T: vouch::Pod> {
    _marker: PhantomData<T>,
    id: u32,
}

fn main() {}
