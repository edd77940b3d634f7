// `#[builder()]` on an argument holds no option.
#[vouch::builder]
fn make(#[builder()] port: u16) -> u16 {
    port
}

fn main() {}
