use vouch::pin_project;

#[pin_project(project_replace, project_replace = StructOwn)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
