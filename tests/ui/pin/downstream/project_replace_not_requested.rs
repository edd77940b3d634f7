// Another crate calls `project_replace` on a type that did not ask for it.
use core::pin::pin;
use vouch_fixture::pin::Pair;

fn main() {
    let pair = pin!(Pair::new(1_u8));
    let _ = pair.project_replace(Pair::new(2));
}
