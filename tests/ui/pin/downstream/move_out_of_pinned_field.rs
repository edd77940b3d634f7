// Another crate moves a pinned field out through the projection.
use core::pin::pin;
use vouch_fixture::pin::Pair;

fn main() {
    let pair = pin!(Pair::new(String::from("pinned")));
    let projection = pair.project();
    let inner: String = *projection.inner;
    drop(inner);
}
