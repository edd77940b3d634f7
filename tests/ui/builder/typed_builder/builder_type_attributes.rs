// typed-builder's `builder_type(attributes(..))` is refused at
// `attributes`.
#[derive(vouch::Builder)]
#[builder(builder_type(name = PointMaker, attributes(#[derive(PartialEq)])))]
struct Point {
    x: i32,
}

fn main() {}
