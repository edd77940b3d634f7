use vouch::pin_project;

#[pin_project]
struct Struct;

fn main() {}
