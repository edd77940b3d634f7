use vouch::pin_project;

#[pin_project(UnsafeUnpin, !Unpin)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
