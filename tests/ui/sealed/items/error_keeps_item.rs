// A bad argument is reported, and the trait is still sealed: its marked
// impls and the code using it compile, so only the real mistake shows.
#[vouch::sealed(unknown)]
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

fn main() {
    let _ = Square.area();
}
