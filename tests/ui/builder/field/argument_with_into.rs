// `field` on a function's argument: no setter, so `into` does not apply.
#[vouch::builder]
fn open(#[builder(field, into)] path: String, mode: u32) -> u32 {
    let _ = path;
    mode
}

fn main() {}
