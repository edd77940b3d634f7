// A `Pod` struct in this crate with a field of the fixture's `Level`,
// which is only `NoUninit` and `CheckedBitPattern`.
use vouch_fixture::pod::Level;

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Record {
    level: Level,
    pad: [u8; 3],
}

fn main() {}
