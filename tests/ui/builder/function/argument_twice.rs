// An argument is set once.
#[vouch::builder]
fn connect(host: &str, port: u16) -> String {
    format!("{host}:{port}")
}

fn main() {
    let _ = connect().host("a").port(1).host("b").call();
}
