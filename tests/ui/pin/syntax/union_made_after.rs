use std::mem::ManuallyDrop;
use vouch::pin_project;
use vouch_attack_macros::swap_type;

// `#[swap_type(struct, union)]` runs after `#[pin_project]` and turns the
// struct into a union, whose fields are never dropped and may overlap: the
// guard matches every field outside `unsafe`, which a union refuses.
#[pin_project]
#[swap_type(struct, union)]
struct Struct {
    #[pin]
    field: ManuallyDrop<u32>,
}

fn main() {}
