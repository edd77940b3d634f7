#[derive(Clone, Copy, vouch::CheckedBitPattern)]
struct Record {
    flag: bool,
    value: u32,
}

fn main() {}
