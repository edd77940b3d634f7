// A hand call of `pod_proof!` whose self type is a macro that gives
// `Short<'static>` in the impl's header and `Short<'a>` where the proof
// compares the field with `&'a u8`: the impl would let `wrap` turn any
// reference into a `'static` one.
#[repr(transparent)]
pub struct Short<'x> {
    pub value: &'x u8,
}

vouch::pod_proof!(transparent ['a] [vouch_attack_macros::flip!(Short<'static> | Short<'a>)] [] [&'a u8] Short { value });

fn main() {}
