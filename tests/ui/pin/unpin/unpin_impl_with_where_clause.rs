// A blanket `Unpin` impl under a `where` clause: it conflicts.
use vouch::pin_project;

#[pin_project]
struct Foo<F, M> {
    #[pin]
    pinned: M,
    unpinned: F,
}

impl<F, M> Unpin for Foo<F, M> where M: Clone {}

fn main() {}
