// Another crate gives a pinned type of the library a `Drop` impl.
use vouch_fixture::pin::Plain;

struct Local;

impl Drop for Plain<Local> {
    fn drop(&mut self) {}
}

fn main() {}
