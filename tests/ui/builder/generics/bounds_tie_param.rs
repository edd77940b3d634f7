// The bounds of one type parameter name another.
#[derive(vouch::Builder)]
#[builder(generics(setters(name = "with_{}")))]
struct Tied<Iter: Iterator<Item = Item>, Item> {
    value: Iter,
}

fn main() {}
