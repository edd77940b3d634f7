use vouch::pin_project;
use vouch_attack_macros::add_repr;

// `#[add_repr(packed)]` runs after `#[pin_project]` and adds
// `#[repr(packed)]`, which `#[pin_project]` never saw: the guard that takes
// a reference to each field stops it.
#[pin_project]
#[add_repr(packed)]
struct Struct {
    #[pin]
    field: u32,
    other: u8,
}

fn main() {}
