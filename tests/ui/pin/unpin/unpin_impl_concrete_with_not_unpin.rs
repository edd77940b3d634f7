// With `!Unpin`, an `Unpin` impl for one instantiation conflicts.
use vouch::pin_project;

#[pin_project(!Unpin)]
struct Foo<M> {
    #[pin]
    pinned: M,
}

impl Unpin for Foo<u8> {}

fn main() {}
