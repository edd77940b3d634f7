// Discriminants computed from a constant: the derive cannot read them, the
// proof does, and reports the gap on the enum.
const BASE: u8 = 1;

#[derive(Clone, Copy, vouch::Contiguous)]
#[repr(u8)]
enum Level {
    Low = BASE,
    High = BASE + 2,
}

fn main() {}
