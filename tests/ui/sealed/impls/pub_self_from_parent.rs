// `pub(self)` is the trait's module: its parent may not implement it.
mod shapes {
    #[vouch::sealed(pub(self))]
    pub trait Shape {}
}

pub struct Square;

#[vouch::sealed]
impl shapes::Shape for Square {}

fn main() {}
