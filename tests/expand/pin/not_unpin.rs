use vouch::pin_project;

#[pin_project(!Unpin)]
struct Struct<T> {
    #[pin]
    pinned: T,
}

fn main() {}
