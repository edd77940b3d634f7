// An attribute after the derive turns a thin pointer into a fat one: all-zero
// bytes would be a null vtable. The proof checks each field's exact type
// through a raw pointer, where no coercion applies.
use core::fmt::Debug;

#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch_attack_macros::swap_type(Thin, Dbg)]
#[repr(u8)]
pub enum E {
    Full(*const Thin) = 0,
    Empty = 1,
}

type Thin = u8;
type Dbg = dyn Debug;

fn main() {}
