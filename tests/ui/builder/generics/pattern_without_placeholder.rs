// Without `{}`, every conversion method would have one name.
#[derive(vouch::Builder)]
#[builder(generics(setters = "convert"))]
struct Holder<T> {
    value: T,
}

fn main() {}
