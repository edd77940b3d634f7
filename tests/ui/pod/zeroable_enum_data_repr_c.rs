#[derive(vouch::Zeroable)]
#[repr(C)]
enum Slot {
    Free,
    Taken(u32),
}

fn main() {}
