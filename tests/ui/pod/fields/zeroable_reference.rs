#[derive(vouch::Zeroable)]
struct Borrowed {
    name: &'static str,
}

fn main() {}
