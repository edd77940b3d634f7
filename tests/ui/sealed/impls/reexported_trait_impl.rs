// A trait re-exported under another module: the impl names it through the
// re-export, where its seal is not. The impl must name the trait through
// its own module (`shapes::Shape`) or a glob import of it.
mod shapes {
    #[vouch::sealed(pub(crate))]
    pub trait Shape {}
}

mod prelude {
    pub use crate::shapes::Shape;
}

pub struct Square;

#[vouch::sealed]
impl prelude::Shape for Square {}

fn main() {}
