use vouch::pin_project;

#[pin_project(project = StructProj, project = OtherProj)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
