// An attribute macro after the derive adds a variant outside the range the
// derive computed: `into_integer` would return 200 for a type whose values
// are promised to lie in `0..=1`. The match over the variants the derive saw
// is no longer exhaustive.
#[derive(vouch::Contiguous)]
#[vouch_attack_macros::add_variant(Far = 200)]
#[derive(Clone, Copy)]
#[repr(u8)]
enum Level {
    Low = 0,
    High = 1,
}

fn main() {}
