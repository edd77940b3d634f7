use core::pin::Pin;
use vouch::pinned_drop;

struct Struct {
    field: u8,
}

#[pinned_drop]
impl PinnedDrop for Struct {
    fn drop(self: Pin<&mut Self>) {}
}

fn main() {}
