#[vouch::sealed]
pub trait Shape {}

#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub enum AnyShape {}

fn main() {}
