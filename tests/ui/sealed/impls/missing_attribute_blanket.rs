// A blanket impl inside the defining crate without `#[vouch::sealed]`.
#[vouch::sealed]
pub trait Describe {
    fn describe(&self) -> String;
}

impl<T: std::fmt::Debug> Describe for T {
    fn describe(&self) -> String {
        format!("{self:?}")
    }
}

fn main() {}
