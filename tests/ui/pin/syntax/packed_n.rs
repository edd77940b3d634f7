use vouch::pin_project;

#[pin_project]
#[repr(C, packed(2))]
struct Struct {
    #[pin]
    field: u32,
}

fn main() {}
