// A `CheckedBitPattern` struct in this crate with a field of the
// fixture's `Padded`, which cannot be checked from bytes.
use vouch_fixture::pod::Padded;

#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(C)]
struct Record {
    inner: Padded,
}

fn main() {}
