use vouch::sealed;

#[sealed]
pub trait Shape {
    fn area(&self) -> f64;
}

pub struct Square(f64);

#[sealed]
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

/// The variant over `A` gets no `From`/`TryFrom`; the forwarding needs
/// `A: Shape`.
#[derive(vouch::Sealed)]
#[sealed(Shape)]
pub enum Either<A: Shape> {
    Other(A),
    Square(Square),
}

fn main() {}
