// A generic struct accepted because its fields share one type `T`; an
// attribute macro after the derive turns the last field into a `u8`. The
// uniform proof infers the element type from the real fields and fails.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch_attack_macros::retype_last_field(u8)]
#[repr(C)]
struct Pair<T: vouch::Pod> {
    a: T,
    b: [T; 2],
    c: T,
}

fn main() {}
