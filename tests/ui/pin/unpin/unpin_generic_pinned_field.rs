use core::marker::PhantomPinned;
use vouch::pin_project;

#[pin_project]
struct Struct<T, U> {
    #[pin]
    pinned: T,
    unpinned: U,
}

fn assert_unpin<T: Unpin>() {}

fn main() {
    // `U` is not pinned and does not matter; `T` is pinned and does.
    assert_unpin::<Struct<u8, PhantomPinned>>();
    assert_unpin::<Struct<PhantomPinned, u8>>();
}
