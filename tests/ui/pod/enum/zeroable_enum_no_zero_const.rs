// Discriminants computed from a constant, none of them 0: the proof
// reports it on the enum.
const BASE: u8 = 1;

#[derive(Clone, Copy, vouch::Zeroable)]
#[repr(u8)]
enum Mode {
    Read = BASE,
    Write,
}

fn main() {}
