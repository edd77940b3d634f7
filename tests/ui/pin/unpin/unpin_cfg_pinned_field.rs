use core::marker::PhantomPinned;
use vouch::pin_project;

// A pinned field under `cfg` is bounded through a witness struct, whose
// field carries the `cfg`: the type is `Unpin` only when it is.
#[pin_project]
struct Struct {
    #[cfg(all())]
    #[pin]
    pinned: PhantomPinned,
    unpinned: u8,
}

fn assert_unpin<T: Unpin>() {}

fn main() {
    assert_unpin::<Struct>();
}
