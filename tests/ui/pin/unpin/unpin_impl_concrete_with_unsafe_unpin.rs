// With `UnsafeUnpin`, a plain `Unpin` impl for one instantiation conflicts
// too: only an `unsafe impl UnsafeUnpin` decides.
use std::marker::PhantomPinned;
use vouch::pin_project;

#[pin_project(UnsafeUnpin)]
struct Foo<M> {
    #[pin]
    pinned: M,
}

impl Unpin for Foo<PhantomPinned> {}

fn main() {}
