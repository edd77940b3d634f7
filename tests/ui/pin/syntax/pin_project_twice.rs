use vouch::pin_project;

#[pin_project]
#[pin_project]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
