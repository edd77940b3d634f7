// `with` gives the setter the closure's typed parameters.
#[derive(vouch::Builder)]
struct Point {
    #[builder(with = |x, y: u32| x + y)]
    sum: u32,
    #[builder(with = |v: u32| v, into)]
    twice: u32,
    #[builder(with = Some)]
    tag: Option<char>,
    #[builder(with = u32::from)]
    other: u32,
    #[builder(with)]
    last: u32,
}

fn main() {}
