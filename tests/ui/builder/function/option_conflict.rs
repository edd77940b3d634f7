// Options of an argument that contradict each other.
#[vouch::builder]
fn double(#[builder(start_fn, name = twice)] value: u8) -> u8 {
    value * 2
}

fn main() {}
