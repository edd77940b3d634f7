//! Runtime tests of the pin capability (Miri runs these).

use core::pin::Pin;
use vouch::pin_project;

#[pin_project(project = PairProj, project_ref = PairRef, project_replace = PairOwn)]
struct Pair<T, U> {
    #[pin]
    pinned: T,
    unpinned: U,
}

#[test]
fn smoke() {
    let mut pair = Box::pin(Pair { pinned: 1, unpinned: 2 });
    let PairProj { pinned, unpinned } = pair.as_mut().project();
    let _: Pin<&mut i32> = pinned;
    *unpinned += 1;
    assert_eq!(pair.unpinned, 3);
}
