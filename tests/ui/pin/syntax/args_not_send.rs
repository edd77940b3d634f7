use vouch::pin_project;

#[pin_project(!Send)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
