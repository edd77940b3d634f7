use vouch::pin_project;

#[pin_project(UnsafeUnpin)]
struct Struct {
    #[pin]
    field: u8,
}

impl Unpin for Struct {}

fn main() {}
