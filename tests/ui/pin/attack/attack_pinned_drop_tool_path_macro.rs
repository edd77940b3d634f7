// A module named `clippy` makes `#[clippy::allow]` an attribute macro, one
// that lifts the `unsafe` of the impl `#[pinned_drop]` writes onto an impl
// of its own. A path is never taken for one of rustc's attributes.
#![forbid(unsafe_code)]

use std::pin::Pin;
use vouch::{pin_project, pinned_drop};

mod clippy {
    #[allow(unused_imports)]
    pub use vouch_attack_macros::lift_unsafe as allow;
}

#[pin_project(PinnedDrop)]
struct Holder {
    x: u8,
}

#[pinned_drop]
#[clippy::allow { impl vouch::Zeroable for Flag {} impl vouch::AnyBitPattern for Flag {} }]
impl vouch::PinnedDrop for Holder {
    fn drop(self: Pin<&mut Self>) {}
}

#[derive(Clone, Copy)]
pub struct Flag(pub bool);

fn main() {}
