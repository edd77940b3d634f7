#[vouch::sealed(pub)]
pub trait Shape {}

fn main() {}
