use vouch::pin_project;

#[pin_project(crate)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
