// A builder with `derive(Clone)` is cloned while it holds a value that is
// not `Clone`.
use vouch_fixture::builder::Labeled;

struct NotClone;

fn main() {
    let builder = Labeled::builder().value(NotClone);
    let _ = builder.clone();
}
