// An `Unpin` impl for an instantiation with a local `!Unpin` type, which
// coherence knows everything about: it still conflicts.
use std::marker::PhantomPinned;
use vouch::pin_project;

struct SelfReferential {
    _pinned: PhantomPinned,
}

#[pin_project]
struct Foo<F, M> {
    #[pin]
    pinned: M,
    unpinned: F,
}

impl<F> Unpin for Foo<F, SelfReferential> {}

fn main() {}
