// The same with elided lifetimes: the token's brand is not the lifetime
// of `self`, so neither a reborrow nor `self` itself goes with it.
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
    fn drop(self: Pin<&mut Self>, token: PinnedDropToken<'_, Self>) {
        PinnedDrop::drop(self, token);
    }
}

fn main() {}
