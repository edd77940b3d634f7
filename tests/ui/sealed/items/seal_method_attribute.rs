// The `sealed` crate's per-method `#[seal(..)]` is not supported.
#[vouch::sealed]
pub trait Shape {
    #[seal(uncallable)]
    fn area(&self) -> f64;
}

fn main() {}
