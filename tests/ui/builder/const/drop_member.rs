// A member whose type has a destructor: a `const fn` setter cannot drop
// what it replaces (rustc's own error, as with bon).
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    name: String,
}

fn main() {}
