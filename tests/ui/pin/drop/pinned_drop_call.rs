use core::pin::Pin;
use vouch::{pin_project, pinned_drop, PinnedDrop};

#[pin_project(PinnedDrop)]
struct Struct {
    #[pin]
    field: u8,
}

#[pinned_drop]
impl PinnedDrop for Struct {
    fn drop(self: Pin<&mut Self>) {}
}

fn main() {
    let mut value = Box::pin(Struct { field: 0 });
    // Only the generated destructor can call `drop`.
    PinnedDrop::drop(value.as_mut());
}
