#[vouch::sealed]
pub trait Shape {}

#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub struct AnyShape(f64);

fn main() {}
