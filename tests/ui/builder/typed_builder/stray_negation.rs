// `!key` above the struct undoes nothing.
#[derive(vouch::Builder)]
#[builder(!default)]
struct Point {
    x: i32,
}

fn main() {}
