#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch(krate = "::vouch")]
struct Header {
    len: u32,
}

fn main() {}
