// A where-clause that names two type parameters: no conversion of one
// alone can keep it.
#[derive(vouch::Builder)]
#[builder(generics(setters(name = "conv_{}")))]
struct Tied<T, U>
where
    T: IntoIterator<Item = U>,
    T::Item: Clone,
    U: Clone,
{
    value: T,
}

fn main() {}
