// A hand call of `pod_proof!` gives a macro call for the name the padding
// check is bound to: bound in one expansion and called in another, the
// name would resolve to a function of this crate, and the check would
// never run. The name must be one identifier.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Padded {
    tag: u8,
    value: u32,
}

macro_rules! skip {
    () => {
        evil
    };
}

pub const fn evil(_: vouch::proof::Sizes) {}

vouch::pod_proof! { struct Pod [] [Padded] [] Padded [(skip!()) (sizes) < PROOF] { tag: u8, value: u32 } }

fn main() {}
