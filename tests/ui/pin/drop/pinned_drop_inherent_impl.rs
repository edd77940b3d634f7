use core::pin::Pin;
use vouch::pinned_drop;

struct Struct;

#[pinned_drop]
impl Struct {
    fn drop(self: Pin<&mut Self>) {}
}

fn main() {}
