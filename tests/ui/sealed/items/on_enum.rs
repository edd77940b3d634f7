#[vouch::sealed]
pub enum AnyShape {
    Square(f64),
}

fn main() {}
