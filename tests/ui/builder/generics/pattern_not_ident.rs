// The pattern must make identifiers.
#[derive(vouch::Builder)]
#[builder(generics(setters = "conv-{}"))]
struct Holder<T> {
    value: T,
}

fn main() {}
