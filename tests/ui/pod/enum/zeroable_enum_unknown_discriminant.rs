const FIRST: u8 = 0;

#[derive(vouch::Zeroable)]
#[repr(u8)]
enum Slot {
    Free = FIRST,
    Taken(u32),
}

fn main() {}
