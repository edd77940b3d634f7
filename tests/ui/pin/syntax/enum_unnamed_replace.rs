use vouch::pin_project;

#[pin_project(project = EnumProj, project_replace)]
enum Enum {
    A(#[pin] u8),
    B,
}

fn main() {}
