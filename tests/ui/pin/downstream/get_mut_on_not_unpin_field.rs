// Another crate asks for `&mut` of a pinned field that is not `Unpin`.
use core::pin::pin;
use vouch_fixture::pin::Anchored;

fn main() {
    let anchored = pin!(Anchored::default());
    let projection = anchored.project();
    let _ = projection.pinned.get_mut();
}
