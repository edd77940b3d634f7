// `extern crate self as vouch` makes `::vouch` this crate, whose own
// `pod_proof!` forwards to the real one with a field dropped: the real
// macro builds the struct from the fields it is given and misses one.
extern crate self as vouch;

mod real {
    pub extern crate vouch as v;
}

#[macro_export]
macro_rules! pod_proof {
    (struct $trait:ident [] [$ty:ty] [] $name:ident $check:tt { $first:ident : $fty:ty, $($rest:tt)* }) => {
        $crate::real::v::pod_proof! { struct $trait [] [$ty] [] $name $check { $first: $fty } }
    };
}

#[derive(Clone, Copy, real::v::Zeroable)]
#[repr(C)]
struct Header {
    len: u64,
    next: &'static u8,
}

fn main() {}
