use vouch::pin_project;

#[pin_project(!Unpin)]
struct Struct {
    #[pin]
    field: u8,
}

fn assert_unpin<T: Unpin>() {}

fn main() {
    assert_unpin::<Struct>();
}
