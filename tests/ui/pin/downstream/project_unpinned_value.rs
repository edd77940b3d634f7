// Another crate calls `project` on a value it did not pin.
use vouch_fixture::pin::Pair;

fn main() {
    let mut pair = Pair::new(1_u8);
    let projection = pair.project();
    *projection.count += 1;
}
