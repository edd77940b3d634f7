use vouch::pin_project;

#[pin_project(project = T)]
struct Struct<T> {
    #[pin]
    field: T,
}

fn main() {}
