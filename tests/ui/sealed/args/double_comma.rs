// An empty argument between two commas.
#[vouch::sealed(erase,,pub(crate))]
pub trait Shape {}

fn main() {}
