// `Level` is only `CheckedBitPattern`: reading it from bytes needs the
// checked functions, not the unchecked ones.
use vouch_fixture::pod::Level;

fn main() {
    let bytes = [0u8];
    let _level: &Level = vouch::from_bytes(&bytes);
}
