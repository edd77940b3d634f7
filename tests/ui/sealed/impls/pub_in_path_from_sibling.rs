// `pub(in crate::figures)`: a module outside `figures` may not implement
// the trait.
mod figures {
    pub mod shapes {
        #[vouch::sealed(pub(in crate::figures))]
        pub trait Shape {}
    }
}

mod elsewhere {
    pub struct Square;

    #[vouch::sealed]
    impl crate::figures::shapes::Shape for Square {}
}

fn main() {}
