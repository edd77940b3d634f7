// Only the states of a builder's state module implement its `State`.
#[derive(vouch::Builder)]
struct Sut {
    x1: u32,
}

struct CustomState;

impl sut_builder::State for CustomState {
    type X1 = vouch::Unset<sut_builder::x1>;
}

fn main() {}
