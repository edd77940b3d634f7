// Another crate swaps two pinned fields that are not `Unpin` through their
// projections: a pinned field is never handed out as `&mut`.
use core::pin::pin;
use vouch_fixture::pin::Anchored;

fn main() {
    let first = pin!(Anchored::default());
    let second = pin!(Anchored::default());
    let (first, second) = (first.project(), second.project());
    core::mem::swap(&mut *first.pinned, &mut *second.pinned);
}
