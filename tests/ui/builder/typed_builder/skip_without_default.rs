// typed-builder's `setter(skip)` needs a `default`, as in typed-builder.
#[derive(vouch::Builder)]
struct Point {
    x: i32,
    #[builder(setter(skip))]
    cache: Vec<i32>,
}

fn main() {}
