// An attribute macro after the derive adds a variant with a field, which
// may leave padding: the `as` casts the derive emits only compile for a
// fieldless enum.
#[derive(Clone, Copy, vouch::NoUninit)]
#[vouch_attack_macros::add_variant(Big(u8, u32))]
#[repr(u8)]
enum Level {
    Low,
    High,
}

fn main() {}
