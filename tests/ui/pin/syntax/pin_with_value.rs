use vouch::pin_project;

#[pin_project]
struct Struct {
    #[pin = true]
    field: u8,
}

fn main() {}
