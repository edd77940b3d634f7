// Each variant may choose another associated type.
#[vouch::sealed]
pub trait Stage {
    type Next;
}

pub struct Grounded;
#[vouch::sealed]
impl Stage for Grounded {
    type Next = Grounded;
}

#[derive(vouch::Sealed)]
#[sealed(Stage)]
pub enum AnyStage {
    Grounded(Grounded),
}

fn main() {}
