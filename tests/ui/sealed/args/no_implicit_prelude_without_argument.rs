// In a `#![no_implicit_prelude]` module rustc cannot resolve the
// `diagnostic::` namespace: the trait needs
// `#[vouch::sealed(no_implicit_prelude)]`.
#[no_implicit_prelude]
mod strict {
    #[::vouch::sealed]
    pub trait Shape {}
}

fn main() {}
