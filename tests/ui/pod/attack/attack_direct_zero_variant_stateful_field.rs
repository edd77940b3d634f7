// A hand call of `pod_proof!` for `Zeroable` of an enum whose zero
// variant holds an `Odd<u8>`, which has no zero value (its own proof
// fails). The field's type is a macro that gives `Odd<u8>` and then
// `u32`: were it written twice, the proof read could be `u32`'s.
#[derive(Clone, Copy)]
#[repr(u8)]
pub enum Odd<T> {
    Some(T) = 1,
    None = 2,
}

vouch::pod_proof!(zero_variant [T: vouch::Zeroable] [Odd<T>] [] Odd [check (arg) < PROOF] Some { 0: T });

#[derive(Clone, Copy)]
#[repr(u8)]
pub enum Outer {
    Held(Odd<u8>) = 0,
    Empty = 1,
}

vouch::pod_proof!(zero_variant [] [Outer] [] Outer [check (arg) < PROOF] Held { 0: vouch_attack_macros::flip!(Odd<u8> | u32) });

fn main() {}
