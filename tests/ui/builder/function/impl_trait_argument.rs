// An `impl Trait` argument: not supported yet.
#[vouch::builder]
fn greet(name: impl Into<String>) -> String {
    name.into()
}

fn main() {}
