// The derive sees `Extend(&u8)` (which never compiles: the attribute
// replaces it) and writes `TransparentWrapper<&u8>`, which in an impl
// header means "for every lifetime"; the real field is `&'static u8`.
#[derive(vouch::TransparentWrapper)]
#[vouch_attack_macros::replace_with { #[repr(transparent)] pub struct Extend(pub &'static u8); }]
#[repr(transparent)]
pub struct Extend(&u8);

fn main() {}
