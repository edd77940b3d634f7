// A type of the user's own named `Option`: the derive goes by spelling and
// makes the field optional, so it says why the type does not fit and how to
// make the field required.
pub enum Option<T> {
    Nothing,
    Just(T),
}

#[derive(vouch::Builder)]
struct Config {
    retries: Option<u8>,
}

fn main() {}
