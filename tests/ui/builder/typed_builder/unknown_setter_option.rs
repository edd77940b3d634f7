// An unknown option of `setter(..)` names those that exist.
#[derive(vouch::Builder)]
struct Point {
    #[builder(setter(intoo))]
    x: i32,
}

fn main() {}
