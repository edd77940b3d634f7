// An `Unpin` impl bounded by a local trait that no type implements yet:
// it conflicts anyway (implementing the trait later must not make a pinned
// field movable).
use vouch::pin_project;

trait Marker {}

#[pin_project]
struct Foo<F, M> {
    #[pin]
    pinned: M,
    unpinned: F,
}

impl<F, M: Marker> Unpin for Foo<F, M> {}

fn main() {}
