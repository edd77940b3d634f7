#[vouch::sealed(private)]
pub trait Shape {}

fn main() {}
