// A type macro that expands to a different type at each use (`u32`, then
// `u8`, ...) as the wrapped type of a hand call of `pod_proof!`: the proof
// takes the wrapped type from the field's place, which must be the type
// the impl names.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct W(u8);

vouch::pod_proof!(transparent [] [W] [] [vouch_attack_macros::flip!()] W { 0 });

fn main() {}
