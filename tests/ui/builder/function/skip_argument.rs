// `skip` on a function's argument: the caller gives every argument.
#[vouch::builder]
fn double(#[builder(skip = 2)] value: u8, times: u8) -> u8 {
    value * times
}

fn main() {}
