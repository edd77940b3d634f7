use core::pin::Pin;
use vouch::{pin_project, pinned_drop};

#[pin_project(PinnedDrop)]
struct Struct {
    #[pin]
    field: u8,
}

#[pinned_drop]
impl PinnedDrop for Struct {
    fn drop(self: Pin<&Self>) {}
}

fn main() {}
