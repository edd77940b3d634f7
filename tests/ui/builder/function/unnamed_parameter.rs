// Setters are named after parameters: a destructuring pattern has no name.
#[vouch::builder]
fn area((width, height): (u32, u32), scale: u32) -> u32 {
    width * height * scale
}

fn main() {}
