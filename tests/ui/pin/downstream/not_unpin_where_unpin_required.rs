// Another crate uses a pinned type whose `#[pin]` field is not `Unpin`
// where `Unpin` is required.
use core::marker::PhantomPinned;
use vouch_fixture::pin::Pair;

fn assert_unpin<T: Unpin>() {}

fn main() {
    assert_unpin::<Pair<PhantomPinned>>();
}
