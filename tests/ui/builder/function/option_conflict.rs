// Options of an argument that contradict each other.
#[vouch::builder]
fn double(#[builder(skip, into)] value: u8) -> u8 {
    value * 2
}

fn main() {}
