use vouch::pin_project;

// One `Drop` impl, one error: `project_replace` relies on the same guard.
#[pin_project(project_replace)]
struct Struct<T> {
    #[pin]
    field: T,
}

impl<T> Drop for Struct<T> {
    fn drop(&mut self) {}
}

fn main() {}
