// `generics(..)` takes `setters` only.
#[derive(vouch::Builder)]
#[builder(generics(setter = "conv_{}"))]
struct Holder<T> {
    value: T,
}

fn main() {}
