use vouch::pin_project;

#[pin_project(UnsafeUnpin,, project = StructProj)]
struct Struct {
    #[pin]
    field: u8,
}

fn main() {}
