use vouch::pin_project;

#[pin_project(project = Struct)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
