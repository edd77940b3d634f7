// A `Pod` struct in this crate with a field of the fixture's `Padded`,
// which is no pod type.
use vouch_fixture::pod::Padded;

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
struct Record {
    inner: Padded,
}

fn main() {}
