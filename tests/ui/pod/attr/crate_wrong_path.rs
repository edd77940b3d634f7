#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch(crate = "::not_vouch")]
struct Header {
    len: u32,
}

fn main() {}
