// A hand-written `PinnedDrop` that calls `drop` again from its body, with
// a reborrow of `self` and the token it received: the token is branded
// with the destructor's borrow, which a reborrow cannot match.
#![allow(unconditional_recursion)]

use std::pin::Pin;
use vouch::{pin_project, PinnedDrop, PinnedDropToken};

#[pin_project(PinnedDrop)]
struct Struct {
    #[pin]
    field: u8,
}

// SAFETY: claimed, to show that the compiler refuses the body anyway.
unsafe impl PinnedDrop for Struct {
    fn drop<'a>(mut self: Pin<&'a mut Self>, token: PinnedDropToken<'a, Self>) {
        PinnedDrop::drop(self.as_mut(), token);
    }
}

fn main() {}
