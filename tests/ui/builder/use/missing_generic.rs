#[derive(vouch::Builder)]
struct Wrapper<'a, T, const N: usize> {
    items: &'a [T; N],
}

fn main() {
    let _ = Wrapper::<'static, u8, 2>::builder().build();
}
