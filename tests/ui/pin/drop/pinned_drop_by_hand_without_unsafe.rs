// A `PinnedDrop` impl written by hand, without `#[pinned_drop]`, could hand
// its token on (to `drop` of a child of the same type, or of itself): it
// must say `unsafe impl`, and safe code cannot.
use core::pin::Pin;
use vouch::{PinnedDropToken, pin_project};

#[pin_project(PinnedDrop)]
struct Node {
    child: Option<Pin<Box<Node>>>,
}

impl vouch::PinnedDrop for Node {
    fn drop<'a>(self: Pin<&'a mut Self>, token: PinnedDropToken<'a, Self>) {
        if let Some(child) = self.project().child.as_mut() {
            vouch::PinnedDrop::drop(child.as_mut(), token);
        }
    }
}

fn main() {}
