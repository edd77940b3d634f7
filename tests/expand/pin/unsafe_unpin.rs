use vouch::{pin_project, UnsafeUnpin};

#[pin_project(UnsafeUnpin)]
struct Struct<T> {
    #[pin]
    pinned: T,
}

unsafe impl<T: Unpin> UnsafeUnpin for Struct<T> {}

fn main() {}
