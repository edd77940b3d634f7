#[derive(vouch::TransparentWrapper)]
struct Meters(f64);

fn main() {}
