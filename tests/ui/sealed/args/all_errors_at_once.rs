// Every bad argument is reported, not only the first.
#[vouch::sealed(private, pub, erase = 1, 42)]
pub trait Shape {}

fn main() {}
