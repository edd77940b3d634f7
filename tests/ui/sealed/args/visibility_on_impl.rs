#[vouch::sealed]
pub trait Shape {}

pub struct Square;

#[vouch::sealed(pub(crate))]
impl Shape for Square {}

fn main() {}
