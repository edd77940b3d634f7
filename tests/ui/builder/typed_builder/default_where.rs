// typed-builder's `default_where(..)` is refused at its key.
#[derive(vouch::Builder)]
struct Wrapper<T: Default> {
    #[builder(default, default_where(T: Default))]
    inner: T,
}

fn main() {}
