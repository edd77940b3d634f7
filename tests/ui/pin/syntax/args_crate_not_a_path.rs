use vouch::pin_project;

#[pin_project(crate = 1)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
