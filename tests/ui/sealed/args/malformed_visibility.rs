#[vouch::sealed(pub(crate::shapes))]
pub trait Shape {}

fn main() {}
