// Two arguments without a comma between them: the error is on the token
// where the comma was expected.
mod shapes {
    #[vouch::sealed(erase pub(crate))]
    pub trait Shape {}
}

fn main() {}
