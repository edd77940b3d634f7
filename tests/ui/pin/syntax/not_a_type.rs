use vouch::pin_project;

#[pin_project]
fn function() {}

fn main() {}
