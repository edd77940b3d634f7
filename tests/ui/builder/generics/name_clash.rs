// The conversion method of `Value` would be named like the setter of `value`.
#[derive(vouch::Builder)]
#[builder(generics(setters = "{}"))]
struct Holder<Value> {
    value: Value,
}

fn main() {}
