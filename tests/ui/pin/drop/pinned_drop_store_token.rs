// A hand-written `PinnedDrop` that keeps its token, to call `drop` later
// on a live value: the token cannot outlive the destructor's borrow.
use std::cell::Cell;
use std::pin::Pin;
use vouch::{pin_project, PinnedDrop, PinnedDropToken};

#[pin_project(PinnedDrop)]
struct Struct {
    #[pin]
    field: u8,
}

thread_local! {
    static KEPT: Cell<Option<PinnedDropToken<'static, Struct>>> = const { Cell::new(None) };
}

// SAFETY: claimed, to show that the compiler refuses the body anyway.
unsafe impl PinnedDrop for Struct {
    fn drop<'a>(self: Pin<&'a mut Self>, token: PinnedDropToken<'a, Self>) {
        KEPT.with(|kept| kept.set(Some(token)));
    }
}

fn main() {}
