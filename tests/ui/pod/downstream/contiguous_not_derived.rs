// `Flagged` is a struct, not a `Contiguous` enum.
use vouch::Contiguous;
use vouch_fixture::pod::Flagged;

fn main() {
    let _flagged = Flagged::from_integer(1u8);
}
