// A hand call of `pod_proof!` whose wrapped type reads, in a `match`
// pattern, a constant named like the function the proof declares inside
// the impl. There the pattern would bind the function (length 0); in the
// header it reads the constant (length 64): the proof would check
// `[u8; 0]` for an impl of `TransparentWrapper<[u8; 64]>`.
#![allow(non_upper_case_globals, unreachable_patterns, unused_braces, unused_variables)]

const wrapped_place: usize = 5;

#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct W {
    a: [u8; 0],
}

vouch::pod_proof!(transparent [] [W] [] [[u8; { match 0usize { wrapped_place => 0, _ => 64 } }]] W { a });

fn main() {}
