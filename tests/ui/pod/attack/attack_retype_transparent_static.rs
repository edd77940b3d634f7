// The derive sees a field `&'a u8`; an attribute after it makes the field
// `&'static u8`. With `TransparentWrapper<&'a u8>` proved for it, `wrap`
// would turn any reference into a `'static` one.
use core::marker::PhantomData;

#[derive(vouch::TransparentWrapper)]
#[vouch_attack_macros::retype_last_field(&'static u8)]
#[transparent(&'a u8)]
#[repr(transparent)]
pub struct Extend<'a> {
    marker: PhantomData<&'a ()>,
    value: &'a u8,
}

fn main() {}
