use vouch::pin_project;

#[pin_project(PinnedDrop UnsafeUnpin)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
