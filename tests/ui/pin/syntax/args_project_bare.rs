use vouch::pin_project;

#[pin_project(project_ref)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
