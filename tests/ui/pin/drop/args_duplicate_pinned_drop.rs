use vouch::pin_project;

#[pin_project(PinnedDrop, PinnedDrop)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
