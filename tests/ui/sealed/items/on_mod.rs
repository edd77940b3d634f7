#[vouch::sealed]
mod shapes {}

fn main() {}
