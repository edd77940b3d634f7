// A `setter(prefix = ..)` that makes no identifier is an error at the key,
// not a panic.
#[derive(vouch::Builder)]
struct Point {
    #[builder(setter(prefix = "with-"))]
    x: i32,
}

fn main() {}
