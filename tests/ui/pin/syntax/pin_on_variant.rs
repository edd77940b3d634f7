use vouch::pin_project;

#[pin_project(project = EnumProj)]
enum Enum {
    #[pin]
    A(u8),
}

fn main() {}
