// The seal is found through the path the impl names the trait by: a
// renamed import does not name it.
mod shapes {
    #[vouch::sealed(pub(crate))]
    pub trait Shape {}
}

use shapes::Shape as Figure;

pub struct Square;

#[vouch::sealed]
impl Figure for Square {}

fn main() {}
