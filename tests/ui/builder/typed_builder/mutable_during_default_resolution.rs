// typed-builder's `mutable_during_default_resolution` is refused at its key.
#[derive(vouch::Builder)]
struct Point {
    #[builder(default, mutable_during_default_resolution)]
    x: Vec<u32>,
    #[builder(default = x.len())]
    len: usize,
}

fn main() {}
