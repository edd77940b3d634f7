// `PinnedDropArgument` by hand, so a `#[pinned_drop]` impl compiles for a
// type that never asked for `PinnedDrop` (its body would never run): the
// trait is `unsafe` to implement.
use std::pin::Pin;
use vouch::pinned_drop;

struct Plain {
    field: u8,
}

impl vouch::PinnedDropArgument for Plain {}

#[pinned_drop]
impl PinnedDrop for Plain {
    fn drop(self: Pin<&mut Self>) {
        let _ = self.field;
    }
}

fn main() {}
