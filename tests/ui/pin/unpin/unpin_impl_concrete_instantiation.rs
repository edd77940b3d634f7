// An `Unpin` impl for one instantiation whose pinned field is `!Unpin`:
// it must conflict with the generated impl, or the pinned future could be
// moved out of its `Pin` and polled again.
use std::marker::PhantomPinned;
use vouch::pin_project;

#[pin_project]
struct Foo<F, M> {
    #[pin]
    pinned: M,
    unpinned: F,
}

impl<F> Unpin for Foo<F, PhantomPinned> {}

fn main() {}
