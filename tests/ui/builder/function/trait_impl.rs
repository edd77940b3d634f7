// Builders are made for inherent methods, not trait methods.
struct Meters(f64);

#[vouch::bon]
impl From<f64> for Meters {
    #[builder]
    fn from(value: f64) -> Self {
        Meters(value)
    }
}

fn main() {}
