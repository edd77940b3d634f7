use vouch::pin_project;

#[pin_project(project = EnumProj, project_ref = EnumRef, project_replace = EnumOwn)]
enum Enum<T, U> {
    Struct {
        #[pin]
        pinned: T,
        unpinned: U,
    },
    Tuple(#[pin] T, U),
    Unit,
}

fn main() {}
