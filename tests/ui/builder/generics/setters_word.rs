// `setters` alone names no method.
#[derive(vouch::Builder)]
#[builder(generics(setters))]
struct Holder<T> {
    value: T,
}

fn main() {}
