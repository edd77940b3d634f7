// On error the trait is still emitted, so only the real mistake is
// reported and code using the trait compiles.
#[vouch::sealed(unknown)]
pub trait Shape {
    fn area(&self) -> f64;
}

pub struct Square;

impl Shape for Square {
    fn area(&self) -> f64 {
        1.0
    }
}

fn main() {
    let _ = Square.area();
}
