// `pod_proof!` called by hand to make a reference type `Zeroable` (a null
// reference): the proof's struct expression has type `Self`, which a
// reference is not.
#[derive(Clone, Copy)]
pub struct Local {
    a: u32,
}

vouch::pod_proof! { struct Zeroable [] [&'static Local] [] Local [check (sizes) < PROOF] { a: u32 } }

fn main() {}
