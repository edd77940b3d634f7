// An argument bound by a pattern has no name for its setter.
#[vouch::builder]
fn area((width, height): (u32, u32)) -> u32 {
    width * height
}

fn main() {}
