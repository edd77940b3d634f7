// The sub-trait impl is marked, the super-trait impl is not.
#[vouch::sealed]
pub trait Shape {}

#[vouch::sealed]
pub trait Polygon: Shape {}

pub struct Square;

impl Shape for Square {}

#[vouch::sealed]
impl Polygon for Square {}

fn main() {}
