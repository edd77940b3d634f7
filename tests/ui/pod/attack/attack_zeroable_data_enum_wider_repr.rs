// The derive sees `#[repr(u8)]` and `A(u32) = 0`; attribute macros after it
// make the real enum `#[repr(u16)]` with `A(u32) = 256`, whose first tag
// byte is still zero. The all-zero constant rustc validates catches it.
#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch_attack_macros::swap_type(u8, u16)]
#[vouch_attack_macros::swap_literal(0, 256)]
#[repr(u8)]
enum Level {
    A(u32) = 0,
    B(u32) = 1,
}

fn main() {}
