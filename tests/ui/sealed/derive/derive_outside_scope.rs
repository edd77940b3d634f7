// A closed enum in a module outside the seal's scope (the trait's module by
// default): the derive gets the seal's message, once.
mod shapes {
    #[vouch::sealed]
    pub trait Shape {
        fn area(&self) -> f64;
    }

    pub struct Square;

    #[vouch::sealed]
    impl Shape for Square {
        fn area(&self) -> f64 {
            1.0
        }
    }
}

#[derive(vouch::Sealed)]
#[sealed(shapes::Shape)]
pub enum AnyShape {
    Square(shapes::Square),
}

fn main() {}
