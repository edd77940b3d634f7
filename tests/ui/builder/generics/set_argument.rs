// A function builder's argument, set, keeps its type.
#[vouch::builder(generics(setters = "conv_{}"))]
fn show<T: core::fmt::Debug>(value: T) -> String {
    format!("{value:?}")
}

fn main() {
    let _ = show::<()>().value(()).conv_t::<u8>();
}
