// A conversion after the member whose type names the parameter is set.
#[derive(vouch::Builder)]
#[builder(generics(setters(name = "conv_{}")))]
struct Pair<T> {
    value: [T; 2],
}

fn main() {
    let _ = Pair::<()>::builder().value([(), ()]).conv_t::<bool>();
}
