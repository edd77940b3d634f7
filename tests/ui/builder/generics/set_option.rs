// An `Option<T>` member, once set, keeps `T`.
#[derive(vouch::Builder)]
#[builder(generics(setters(name = "conv_{}")))]
struct Maybe<T> {
    value: core::option::Option<T>,
}

fn main() {
    let _ = Maybe::<()>::builder().value(()).conv_t::<bool>();
}
