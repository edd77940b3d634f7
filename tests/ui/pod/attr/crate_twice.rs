#[derive(Clone, Copy, vouch::Zeroable)]
#[vouch(crate = ::vouch)]
#[vouch(crate = ::vouch)]
struct Header {
    len: u32,
}

fn main() {}
