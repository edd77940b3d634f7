// `generics` alone says nothing to do.
#[derive(vouch::Builder)]
#[builder(generics)]
struct Holder<T> {
    value: T,
}

fn main() {}
