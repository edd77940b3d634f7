// A field's `setter(..)` options are each given once, across its
// `setter(..)` lists.
#[derive(vouch::Builder)]
struct Point {
    #[builder(setter(into), setter(into))]
    x: String,
}

fn main() {}
