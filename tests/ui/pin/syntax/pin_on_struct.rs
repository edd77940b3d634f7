use vouch::pin_project;

#[pin_project]
#[pin]
struct Struct {
    field: u8,
}

fn main() {}
