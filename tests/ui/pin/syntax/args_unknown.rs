use vouch::pin_project;

#[pin_project(Projection)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
