// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
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

fn main() {
    let _ = vouch::bytes_of(&Typed::<u8> { kind: 0, id: 0, _marker: PhantomData });
}
