// `<T as Shape>::Assoc` names `T`.
trait Shape {
    type Assoc;
}

impl Shape for () {
    type Assoc = u32;
}

impl Shape for bool {
    type Assoc = u64;
}

#[derive(vouch::Builder)]
#[builder(generics(setters(name = "conv_{}")))]
struct Qualified<T: Shape> {
    value: <T as Shape>::Assoc,
}

fn main() {
    let _ = Qualified::<()>::builder().value(42).conv_t::<bool>();
}
