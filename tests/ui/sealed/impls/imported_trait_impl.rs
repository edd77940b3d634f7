// `use shapes::Shape;` imports the trait but not its seal module: the impl
// must name the trait through its module, or import it with `shapes::*`.
mod shapes {
    #[vouch::sealed(pub(crate))]
    pub trait Shape {}
}

use shapes::Shape;

pub struct Square;

#[vouch::sealed]
impl Shape for Square {}

fn main() {}
