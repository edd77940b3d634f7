// Attribute macros after the derive remove `repr(transparent)` and add
// `align(8)`: the wrapper no longer has its field's layout, and the layout
// constant, measured on the real types, says so.
#[derive(vouch::TransparentWrapper)]
#[vouch_attack_macros::remove_repr]
#[vouch_attack_macros::add_repr(align(8))]
#[repr(transparent)]
struct Wrapper(u32);

fn main() {}
