#[derive(vouch::Builder)]
struct Slice<'a, T: Clone, const N: usize, U = u8>
where
    U: Copy,
{
    items: &'a [T; N],
    extra: Option<U>,
}
