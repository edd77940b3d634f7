use vouch::pin_project;

macro_rules! inner {
    () => {
        u8
    };
}

#[pin_project]
struct Struct {
    #[pin]
    field: Option<inner!()>,
    // Unpinned fields may use type macros: nothing depends on their types.
    other: inner!(),
}

fn main() {}
