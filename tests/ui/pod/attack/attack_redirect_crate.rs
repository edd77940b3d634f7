// A redirected crate path that re-exports vouch: the derive reaches the
// real `pod_proof!` through it, whose proof still sees the padding.
mod fake {
    pub use vouch::*;
}

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch(crate = crate::fake)]
#[repr(C)]
struct Header {
    len: u32,
    kind: u8,
}

fn main() {}
