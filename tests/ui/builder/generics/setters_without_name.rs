// `setters(..)` of `generics` needs the name pattern.
#[derive(vouch::Builder)]
#[builder(generics(setters(vis = "pub(crate)")))]
struct Holder<T> {
    value: T,
}

fn main() {}
