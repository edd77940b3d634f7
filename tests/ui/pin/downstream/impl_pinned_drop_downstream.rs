// Another crate writes the `PinnedDrop` of a pinned type of the library.
use core::pin::Pin;
use vouch::pinned_drop;
use vouch_fixture::pin::Plain;

struct Local;

#[pinned_drop]
impl PinnedDrop for Plain<Local> {
    fn drop(self: Pin<&mut Self>) {}
}

fn main() {}
