// Another crate reaches a private field through the projection: the
// projection keeps each field's visibility.
use core::pin::pin;
use vouch_fixture::pin::Pair;

fn main() {
    let pair = pin!(Pair::new(1_u8));
    *pair.project().secret = 1;
}
