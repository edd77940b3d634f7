// Another crate calls the `PinnedDrop::drop` of a library type by hand.
use core::pin::pin;
use vouch::PinnedDrop;
use vouch_fixture::pin::Guarded;

fn main() {
    let guarded = pin!(Guarded::default());
    PinnedDrop::drop(guarded);
}
