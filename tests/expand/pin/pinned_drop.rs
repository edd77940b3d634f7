use core::pin::Pin;
use vouch::{pin_project, pinned_drop};

#[pin_project(PinnedDrop)]
struct Struct<T> {
    #[pin]
    pinned: T,
    unpinned: u8,
}

#[pinned_drop]
impl<T> PinnedDrop for Struct<T> {
    fn drop(self: Pin<&mut Self>) {
        let _ = self.project().unpinned;
    }
}

fn main() {}
