// The variant with discriminant 0 must have zeroable fields.
#[derive(vouch::Zeroable)]
#[repr(u8)]
enum Slot {
    Taken(&'static u8),
    Free,
}

fn main() {}
