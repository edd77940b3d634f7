// A required argument of a function builder is not set.
#[vouch::builder]
fn greet(name: &str, times: Option<u8>) -> String {
    name.repeat(usize::from(times.unwrap_or(1)))
}

fn main() {
    let _ = greet().times(2).call();
}
