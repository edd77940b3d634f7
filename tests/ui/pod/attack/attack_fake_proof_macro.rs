// A redirected crate path whose `pod_proof!` checks nothing. Without
// writing `unsafe impl` itself it cannot produce the impl, so the type is
// not `Pod` and the cast is refused.
mod fake {
    #[macro_export]
    macro_rules! pod_proof {
        ($($anything:tt)*) => {};
    }
    pub use crate::pod_proof;
}

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch(crate = crate::fake)]
#[repr(C)]
struct Header {
    len: u32,
    kind: u8,
}

fn main() {
    let _ = vouch::bytes_of(&Header { len: 0, kind: 0 });
}
