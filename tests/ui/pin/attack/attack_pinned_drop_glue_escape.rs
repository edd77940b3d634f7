// The `PinnedDrop` glue rule of the runtime macro called on its own, with a
// `where` clause that would move its `drop(&mut self)` (which makes a
// token) into an inherent method, callable on a live value: rejected.
use std::pin::Pin;
use vouch::{PinnedDrop, PinnedDropToken};

struct Victim;

impl PinnedDrop for Victim {
    fn drop(self: Pin<&mut Self>, _: PinnedDropToken<'_, Self>) {}
}

vouch::__private::pin::project! {
    @drop PinnedDrop [impl PinnedDrop] ('pin Victim [] [] [u8: Copy, { fn drop(&mut self) {} } impl Victim where])
}

fn main() {}
