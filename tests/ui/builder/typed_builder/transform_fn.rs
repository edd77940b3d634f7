// typed-builder's `setter(fn transform(..))` is refused at `fn`.
#[derive(vouch::Builder)]
struct Point {
    #[builder(setter(fn transform<T: Into<i32>>(value: T) -> i32 { value.into() }))]
    x: i32,
}

fn main() {}
