/// Says hello.
#[vouch::builder]
pub fn greet(name: &str, times: Option<u8>) -> String {
    name.repeat(usize::from(times.unwrap_or(1)))
}
