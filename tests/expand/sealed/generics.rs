use vouch::sealed;

/// Generic parameters are erased in the seal: lifetimes, `?Sized` types,
/// const generics.
#[sealed]
pub trait Window<'a, T: Copy + 'a, const N: usize>
where
    T: Default,
{
    fn window(&self) -> &'a [T];
}

/// A blanket impl over references, with its bounds kept.
#[sealed]
impl<'a, T, const N: usize> Window<'a, T, N> for &'a [T; N]
where
    T: Copy + Default + 'a,
{
    fn window(&self) -> &'a [T] {
        *self
    }
}

fn main() {}
