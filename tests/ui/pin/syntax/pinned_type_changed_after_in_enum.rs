use core::marker::PhantomPinned;
use vouch::pin_project;
use vouch_attack_macros::swap_type;

// As for a struct: a later attribute retypes a pinned field of a variant.
#[pin_project(project = EnumProj)]
#[swap_type(u16, PhantomPinned)]
enum Enum {
    Unpinned(u8),
    Pinned(#[pin] u16),
}

fn main() {}
