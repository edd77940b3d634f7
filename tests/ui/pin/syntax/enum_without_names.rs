use vouch::pin_project;

#[pin_project]
enum Enum {
    A(#[pin] u8),
    B,
}

fn main() {}
