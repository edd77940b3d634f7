// The `PinnedDrop` glue rule of the runtime macro called on its own, with a
// `where` clause that would move its `drop(&mut self)` (which makes a
// token) into an inherent method, callable on a live value: rejected.
use std::pin::Pin;
use vouch::{PinnedDrop, PinnedDropToken};

struct Victim;

// SAFETY: the body does not use its token.
unsafe impl PinnedDrop for Victim {
    fn drop(self: Pin<&mut Self>, _: PinnedDropToken<'_, Self>) {}
}

vouch::pin_projection! {
    @drop PinnedDrop [impl PinnedDrop PinnedDropArgument] ('pin Victim [] [] [u8: Copy, { fn drop(&mut self) {} } impl Victim where])
}

fn main() {}
