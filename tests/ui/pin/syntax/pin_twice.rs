use vouch::pin_project;

#[pin_project]
struct Struct {
    #[pin]
    #[pin]
    field: u8,
}

fn main() {}
