// `pod_proof!` called by hand with a padding check whose argument names a
// constant that claims no padding: the proof binds that name with `let`,
// which for a constant is a pattern, and that does not compile.
#![allow(non_upper_case_globals)]

#[derive(Clone, Copy)]
#[repr(C)]
struct Padded {
    tag: u8,
    value: u32,
}

const sizes: vouch::proof::Sizes = vouch::proof::Sizes::new("Padded", 8, 8);

unsafe impl vouch::Zeroable for Padded {}

vouch::pod_proof! { struct Pod [] [Padded] [] Padded [check (sizes) < PROOF] { tag: u8, value: u32 } }

fn main() {}
