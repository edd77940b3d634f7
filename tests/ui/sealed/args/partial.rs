// The `sealed` crate's `partial` sealing is not supported.
#[vouch::sealed(partial)]
pub trait Shape {}

fn main() {}
