use vouch::pin_project;

// Every mistake of the item is reported in one build.
#[pin_project(Projection, project = , UnsafeUnpin, UnsafeUnpin)]
#[repr(packed)]
struct Struct {
    #[pin]
    #[pin]
    field: u8,
    #[pin(always)]
    other: u8,
}

fn main() {}
