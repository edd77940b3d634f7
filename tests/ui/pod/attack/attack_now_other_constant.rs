// `pod_proof!` called by hand with another constant than `PROOF` at the end
// of the path that proves a type now: refused, so the proof is what runs.
#[derive(Clone, Copy)]
#[repr(C)]
struct Padded {
    tag: u8,
    value: u32,
}

unsafe impl vouch::Zeroable for Padded {}

vouch::pod_proof! { struct Pod [] [Padded] [] Padded [check (sizes) < OTHER] { tag: u8, value: u32 } }

fn main() {}
