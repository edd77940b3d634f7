#[vouch::sealed]
pub struct Square(f64);

fn main() {}
