use vouch::pin_project;

#[pin_project]
union Union {
    #[pin]
    field: u8,
}

fn main() {}
