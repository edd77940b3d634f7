use core::marker::PhantomPinned;
use core::pin::Pin;
use vouch::pin_project;

#[pin_project]
struct Struct {
    #[pin]
    pinned: PhantomPinned,
}

fn main() {
    let mut value = Box::pin(Struct { pinned: PhantomPinned });
    let projected: Pin<&mut PhantomPinned> = value.as_mut().project().pinned;
    // A `#[pin]` field stays pinned: it cannot be moved out of its `Pin`.
    let _moved = core::mem::replace(projected.get_mut(), PhantomPinned);
}
