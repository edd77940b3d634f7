// `#[sealed]` in a submodule that does not import the attribute: rustc
// does not find it, and knows `sealed` only as the helper attribute of
// `derive(vouch::Sealed)`. The fix is `use vouch::sealed;` (or writing
// `#[vouch::sealed]`); see the README's limits.
mod shapes {
    #[vouch::sealed]
    pub trait Shape {}

    pub mod square {
        pub struct Square;

        #[sealed]
        impl super::Shape for Square {}
    }
}

fn main() {}
