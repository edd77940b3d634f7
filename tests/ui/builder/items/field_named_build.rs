#[derive(vouch::Builder)]
struct Job {
    name: String,
    build: u32,
}

fn main() {}
