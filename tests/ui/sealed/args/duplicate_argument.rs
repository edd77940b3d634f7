#[vouch::sealed(erase, erase)]
pub trait Shape {}

fn main() {}
