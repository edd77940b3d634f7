use vouch::pin_project;

#[pin_project]
struct Struct<T> {
    #[pin]
    field: T,
}

impl<T> Unpin for Struct<T> {}

fn main() {}
