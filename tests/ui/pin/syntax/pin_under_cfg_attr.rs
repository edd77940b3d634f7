use core::marker::PhantomPinned;
use vouch::pin_project;

// Whether a field is pinned cannot hang on a `cfg`: `#[pin_project]` reads
// `#[pin]` before `cfg_attr` is applied.
#[pin_project]
struct Struct {
    #[cfg_attr(feature = "pinned", pin)]
    field: PhantomPinned,
    other: u8,
}

fn main() {}
