#[derive(vouch::Zeroable)]
enum Level {
    Low,
    High,
}

fn main() {}
