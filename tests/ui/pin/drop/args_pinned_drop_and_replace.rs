use vouch::pin_project;

#[pin_project(PinnedDrop, project_replace)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
