// An argument of a function builder is set twice.
#[vouch::builder]
fn greet(name: &str) -> String {
    name.to_owned()
}

fn main() {
    let _ = greet().name("a").name("b").call();
}
