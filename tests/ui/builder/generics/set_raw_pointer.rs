// `*const T` names `T`.
#[derive(vouch::Builder)]
#[builder(generics(setters(name = "conv_{}")))]
struct Pointer<T> {
    value: *const T,
}

fn main() {
    let _ = Pointer::<()>::builder()
        .value(core::ptr::null())
        .conv_t::<bool>();
}
