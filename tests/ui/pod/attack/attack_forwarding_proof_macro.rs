// A redirected crate path whose `pod_proof!` forwards to the real one but
// drops the field that would show the padding. The real macro builds the
// struct from the fields it is given, so a missing one is an error.
mod fake {
    #[macro_export]
    macro_rules! pod_proof {
        (struct $trait:ident [] [$ty:ty] [] $name:ident $check:tt { $first:ident : $fty:ty, $($rest:tt)* }) => {
            vouch::pod_proof! { struct $trait [] [$ty] [] $name $check { $first: $fty } }
        };
    }
    pub use crate::pod_proof;
}

#[derive(Clone, Copy, vouch::Pod)]
#[vouch(crate = crate::fake)]
#[repr(C)]
struct Header {
    len: u64,
    kind: u8,
}

unsafe impl vouch::Zeroable for Header {}

fn main() {}
