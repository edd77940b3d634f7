use vouch::pin_project;

#[pin_project]
struct Struct<T> {
    #[pin]
    field: T,
}

impl<T> Drop for Struct<T> {
    fn drop(&mut self) {}
}

fn main() {}
