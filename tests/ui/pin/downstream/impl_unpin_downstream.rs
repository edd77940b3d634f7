// Another crate declares a pinned type of the library `Unpin`.
use vouch_fixture::pin::Pair;

struct Local;

impl Unpin for Pair<Local> {}

fn main() {}
