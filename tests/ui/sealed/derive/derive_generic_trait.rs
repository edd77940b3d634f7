#[vouch::sealed]
pub trait Measure<T> {
    fn measure(&self) -> T;
}

pub struct Rope;
#[vouch::sealed]
impl Measure<u32> for Rope {
    fn measure(&self) -> u32 {
        1
    }
}

#[derive(vouch::Sealed)]
#[sealed(Measure<u32>)]
pub enum AnyRope {
    Rope(Rope),
}

fn main() {}
