// `(T, T)` names `T`.
#[derive(vouch::Builder)]
#[builder(generics(setters(name = "conv_{}")))]
struct Tuple<T> {
    value: (T, T),
}

fn main() {
    let _ = Tuple::<()>::builder().value(((), ())).conv_t::<bool>();
}
