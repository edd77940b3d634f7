// A generic wrapper whose `repr(transparent)` an attribute after the derive
// turns into `repr(C, align(8))`: `Wrapper<u8>` is then 8 bytes, not 1, and
// its proof fails where it is first used.
use core::marker::PhantomData;
use vouch::TransparentWrapper;

#[derive(vouch::TransparentWrapper)]
#[vouch_attack_macros::remove_repr]
#[vouch_attack_macros::add_repr(C, align(8))]
#[repr(transparent)]
#[transparent(T)]
struct Wrapper<T>(T, PhantomData<u8>);

fn main() {
    let _ = Wrapper::wrap(1_u8);
}
