// `#[vouch::sealed]` on an impl of a trait that was not sealed with it.
pub trait Shape {}

pub struct Square;

#[vouch::sealed]
impl Shape for Square {}

fn main() {}
