// The wrapped type holds a braced constant with an attribute on its item.
// An attribute may be a macro, one that expands differently at each copy
// of the type the derive writes: `u8` in the field and the proof, `bool`
// in the impl's header. Refused at the attribute.
pub trait Pick {
    type Out;
}

impl Pick for [(); 0] {
    type Out = bool;
}

impl Pick for [(); 1] {
    type Out = u8;
}

#[derive(vouch::TransparentWrapper)]
#[repr(transparent)]
pub struct W(pub <[(); { #[allow(dead_code)] const X: usize = 1; X }] as Pick>::Out);

fn main() {}
