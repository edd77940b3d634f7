use vouch::pin_project;

#[pin_project(project = )]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
