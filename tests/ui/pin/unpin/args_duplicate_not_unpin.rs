use vouch::pin_project;

#[pin_project(!Unpin, !Unpin)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
