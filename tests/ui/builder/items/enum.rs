#[derive(vouch::Builder)]
enum Config {
    A,
}

fn main() {}
