// A block in a pinned field's type is refused: the type is written once into
// the `Unpin` witness, where a block could declare an item (an `impl Unpin`).
use core::marker::PhantomPinned;
use vouch::pin_project;

struct Sized3<const N: usize>(PhantomPinned);

#[pin_project]
struct Braced {
    #[pin]
    inner: Sized3<{ 1 + 2 }>,
}

fn main() {}
