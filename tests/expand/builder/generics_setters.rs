trait Shape {
    type Unit;
}

#[derive(vouch::Builder)]
#[builder(generics(setters = "conv_{}"))]
struct Measure<'a, T: Shape, U>
where
    Vec<T>: Default,
{
    name: &'a str,
    size: T::Unit,
    extra: Option<U>,
}
