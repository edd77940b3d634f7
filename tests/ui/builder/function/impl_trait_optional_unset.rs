// An optional `impl Trait` argument left unset: its type cannot be
// inferred, and the error says which argument's type to give.
#[vouch::builder]
fn label(text: &str, suffix: Option<impl std::fmt::Display>) -> String {
    match suffix {
        Some(suffix) => format!("{text}{suffix}"),
        None => text.to_owned(),
    }
}

fn main() {
    let _ = label().text("a").call();
}
