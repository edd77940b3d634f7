use vouch::pin_project;

#[pin_project(project = EnumProj)]
enum Enum {
    A,
    B,
}

fn main() {}
