use vouch::pin_project;

#[pin_project(project = StructProj, project_ref = StructRef, project_replace = StructOwn)]
pub struct Struct<T, U> {
    #[pin]
    pinned: T,
    unpinned: U,
}

fn main() {}
