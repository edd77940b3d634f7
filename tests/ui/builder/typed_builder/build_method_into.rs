// typed-builder's `build_method(into)` is refused at `into`: the
// finishing method returns the struct.
#[derive(vouch::Builder)]
#[builder(build_method(name = finish, into = String))]
struct Name {
    text: String,
}

impl From<Name> for String {
    fn from(name: Name) -> Self {
        name.text
    }
}

fn main() {}
