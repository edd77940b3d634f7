// A bound the derive cannot instantiate to measure the layout, on a struct
// whose fields are not all one type.
use core::marker::PhantomData;

trait Unit {}

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Typed<T: Unit + 'static> {
    kind: u16,
    id: u32,
    _marker: PhantomData<T>,
}

fn main() {}
