use vouch::pin_project;

#[pin_project]
struct Struct {
    #[pin]
    callback: fn() -> !,
}

fn main() {}
