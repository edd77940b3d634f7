// `T::Assoc` names `T`: converting `T` after setting it is refused.
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
struct Projected<T: Shape> {
    value: T::Assoc,
}

fn main() {
    let _ = Projected::<()>::builder().value(42).conv_t::<bool>();
}
