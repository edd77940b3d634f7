// An attribute macro on `drop` in a `#[pinned_drop]` impl gets the method
// with the drop token parameter, which it can name and pass to another
// `drop`: a pinned value's `PinnedDrop::drop` would run while it is alive,
// and then again. Refused at the attribute.
use std::pin::Pin;
use vouch::{pin_project, pinned_drop};

#[pin_project(PinnedDrop)]
struct Node {
    #[pin]
    child: Option<Pin<Box<Node>>>,
}

#[pinned_drop]
impl vouch::PinnedDrop for Node {
    #[vouch_attack_macros::replace_with { fn drop<'a>(self: Pin<&'a mut Self>, token: vouch::PinnedDropToken<'a, Self>) { let this = self.project(); if let Some(child) = this.child.as_pin_mut() { vouch::PinnedDrop::drop(child.as_deref_mut(), token); } } }]
    fn drop(self: Pin<&mut Self>) {}
}

fn main() {}
