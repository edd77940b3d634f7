// Every required argument is named when `call()` is missing some.
#[vouch::builder]
fn connect(host: &str, port: u16, timeout: Option<u32>) -> String {
    format!("{host}:{port} {timeout:?}")
}

fn main() {
    let _ = connect().timeout(3).call();
}
