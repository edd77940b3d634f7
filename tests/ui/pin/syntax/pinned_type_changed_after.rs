use core::marker::PhantomPinned;
use vouch::pin_project;
use vouch_attack_macros::swap_type;

// `#[swap_type(u8, PhantomPinned)]` runs after `#[pin_project]` and turns
// the pinned field into a `PhantomPinned`: the `Unpin` impl judged a `u8`,
// so the guard that ties each pinned field to its declared type stops it.
#[pin_project]
#[swap_type(u8, PhantomPinned)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
