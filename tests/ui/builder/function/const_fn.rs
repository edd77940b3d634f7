// A `const fn` builder: not supported yet.
#[vouch::builder]
const fn double(value: u8) -> u8 {
    value * 2
}

fn main() {}
