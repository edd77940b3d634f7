// `Flagged` holds a `bool`: not every byte pattern is one, so a plain cast
// into it is refused.
use vouch_fixture::pod::Flagged;

fn main() {
    let _flagged: Flagged = vouch::cast(0u16);
}
