#[vouch::sealed(erase = true)]
pub trait Shape {}

fn main() {}
