use vouch::pin_project;

#[pin_project(UnsafeUnpin, UnsafeUnpin)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
