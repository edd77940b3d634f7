use core::marker::PhantomPinned;
use vouch::pin_project;

#[pin_project]
struct Struct {
    #[pin]
    pinned: PhantomPinned,
    unpinned: u8,
}

fn assert_unpin<T: Unpin>() {}

fn main() {
    assert_unpin::<Struct>();
}
