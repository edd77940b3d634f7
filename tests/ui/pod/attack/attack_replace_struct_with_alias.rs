// An attribute after the derive makes the name an alias of a struct with
// one more field, a reference. The proof builds `Slot { a: .. }` as a
// value of the impl's type, which needs every field.
#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch_attack_macros::replace_with {
    struct Real {
        a: u32,
        r: &'static u8,
    }
    type Slot = Real;
}]
struct Slot {
    a: u32,
}

fn main() {}
