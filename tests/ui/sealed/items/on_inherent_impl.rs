pub struct Square(f64);

#[vouch::sealed]
impl Square {
    pub fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {}
