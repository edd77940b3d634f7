// An attribute after the derive turns the one-field struct into a union
// with a second, reference field; all-zero bytes would read as a null
// reference through it. The proof's `..` pattern is refused for a union.
#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch_attack_macros::replace_with {
    union Slot {
        a: u32,
        r: &'static u8,
    }
}]
struct Slot {
    a: u32,
}

fn main() {}
