// An impl in another module of the defining crate without the attribute.
mod shapes {
    #[vouch::sealed(pub(crate))]
    pub trait Shape {}
}

mod square {
    pub struct Square;

    impl crate::shapes::Shape for Square {}
}

fn main() {}
