use vouch::pin_project;

#[repr(packed)]
#[pin_project]
struct Struct {
    #[pin]
    field: u32,
}

fn main() {}
