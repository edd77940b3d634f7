// `#[vouch::bon]` on a function instead of an impl block.
#[vouch::bon]
fn double(value: u8) -> u8 {
    value * 2
}

fn main() {
    let _ = double(1);
}
