// A const parameter has no conversion method, as in bon.
#[derive(vouch::Builder)]
#[builder(generics(setters = "conv_{}"))]
struct Sized<T, const N: usize> {
    value: [T; N],
}

fn main() {}
