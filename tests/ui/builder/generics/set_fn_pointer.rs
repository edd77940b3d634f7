// `fn(T) -> T` names `T`.
#[derive(vouch::Builder)]
#[builder(generics(setters(name = "conv_{}")))]
struct Callback<T> {
    value: fn(T) -> T,
}

fn main() {
    let _ = Callback::<()>::builder().value(|()| ()).conv_t::<bool>();
}
