// A builder with `derive(Clone)` is cloned while it holds a value that is
// not `Clone`: the member is generic, so only the set value's type decides.
struct NotClone;

#[derive(vouch::Builder)]
#[builder(derive(Clone))]
struct Config<T> {
    value: T,
}

fn main() {
    let builder = Config::builder().value(NotClone);
    let _ = builder.clone();
}
