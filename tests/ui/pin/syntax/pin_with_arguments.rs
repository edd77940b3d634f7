use vouch::pin_project;

#[pin_project]
struct Struct {
    #[pin(always)]
    field: u8,
}

fn main() {}
