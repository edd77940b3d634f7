// Without an argument the seal is private to the trait's module, as with
// the `sealed` crate: an impl elsewhere in the crate, even with the
// attribute, is refused with the seal's message.
mod figures {
    pub mod shapes {
        #[vouch::sealed]
        pub trait Shape {}
    }
}

pub struct Square;

#[vouch::sealed]
impl figures::shapes::Shape for Square {}

fn main() {}
