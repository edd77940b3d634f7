// `setter(strip_option)` on a field that is not an `Option`.
#[derive(vouch::Builder)]
struct Point {
    #[builder(setter(strip_option))]
    x: i32,
}

fn main() {}
