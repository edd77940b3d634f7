use vouch::pin_project;

#[pin_project]
#[repr(packed)]
struct Struct {
    #[pin]
    field: u32,
}

fn main() {}
