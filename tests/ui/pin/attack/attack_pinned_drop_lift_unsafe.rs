// An attribute macro after `#[pinned_drop]` gets the impl it writes,
// `unsafe` keyword included, and puts that token before an impl of its
// own: `unsafe impl Pod for Flag`, which no code of this crate wrote, and
// which `forbid(unsafe_code)` would not see as the crate's. Refused at the
// attribute.
#![forbid(unsafe_code)]

use std::pin::Pin;
use vouch::{pin_project, pinned_drop};

#[pin_project(PinnedDrop)]
struct Holder {
    x: u8,
}

#[pinned_drop]
#[vouch_attack_macros::lift_unsafe { impl vouch::Zeroable for Flag {} impl vouch::Pod for Flag {} }]
impl vouch::PinnedDrop for Holder {
    fn drop(self: Pin<&mut Self>) {}
}

#[derive(Clone, Copy)]
pub struct Flag(pub bool);

fn main() {}
