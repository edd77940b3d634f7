// `strip_option(..)` takes each of its options once.
#[derive(vouch::Builder)]
struct Point {
    #[builder(setter(strip_option(fallback = x_opt, fallback = x_maybe)))]
    x: Option<i32>,
}

fn main() {}
