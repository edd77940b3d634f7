use vouch::pin_project;

#[pin_project(project_replace)]
struct Struct<T: ?Sized> {
    #[pin]
    pinned: u8,
    tail: T,
}

fn main() {}
